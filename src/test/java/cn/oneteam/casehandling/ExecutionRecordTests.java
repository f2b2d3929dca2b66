package cn.oneteam.casehandling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.springframework.context.annotation.Import;

/**
 * Every test of {@link ExecutionTests} again, the case's record verified in full after each write to the case
 * ({@link RecordVerifiedAfterEveryAction}; docs/adr/0007-tamper-evidence.md).
 */
@Import(RecordVerifiedAfterEveryAction.class)
class ExecutionRecordTests extends ExecutionTests {

	@AfterAll
	static void recordsWereVerified() {
		assertThat(RecordVerifiedAfterEveryAction.VERIFIED).containsKeys("/api/v1/cases/{id}/remedies", "/api/v1/cases/{id}/serve-decision", "/api/v1/cases/{id}/record-payment");
	}
}
