package cn.oneteam.casehandling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.springframework.context.annotation.Import;

/**
 * Every test of {@link GeneralProcedureApiTests} again, the case's record verified in full after each write to the case
 * ({@link RecordVerifiedAfterEveryAction}; docs/adr/0007-tamper-evidence.md).
 */
@Import(RecordVerifiedAfterEveryAction.class)
class GeneralProcedureApiRecordTests extends GeneralProcedureApiTests {

	@AfterAll
	static void recordsWereVerified() {
		assertThat(RecordVerifiedAfterEveryAction.VERIFIED).isNotEmpty();
	}
}
