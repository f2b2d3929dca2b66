package cn.oneteam.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import cn.oneteam.credit.CreditClass;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.subject.SubjectKind;
import org.junit.jupiter.api.Test;

/** The pure rules of items and tasks: n per stratum at its boundaries, the state machine, publication (docs/adr/0025). */
class InspectionRulesTests {

	private static StratumRule ratio(String r) {
		return new StratumRule(CreditClass.B, new BigDecimal(r), null);
	}

	@Test
	void aRatioIsRoundedUpSoANonEmptyStratumIsNeverSkipped() {
		assertThat(ratio("0.01").n(0)).isZero();
		assertThat(ratio("0.01").n(1)).isEqualTo(1);
		assertThat(ratio("0.01").n(100)).isEqualTo(1);
		assertThat(ratio("0.01").n(101)).isEqualTo(2);
		assertThat(ratio("0.05").n(40)).isEqualTo(2);
		assertThat(ratio("0.05").n(41)).isEqualTo(3);
		assertThat(ratio("0.2").n(10)).isEqualTo(2);
		assertThat(ratio("1").n(7)).isEqualTo(7);
		assertThat(ratio("0.333").n(3)).isEqualTo(1);
	}

	@Test
	void aCountIsCappedByTheStratumSize() {
		StratumRule five = new StratumRule(CreditClass.D, null, 5);
		assertThat(five.n(3)).isEqualTo(3);
		assertThat(five.n(5)).isEqualTo(5);
		assertThat(five.n(9)).isEqualTo(5);
		assertThat(new StratumRule(CreditClass.A, null, 0).n(9)).isZero();
	}

	@Test
	void exactlyOneOfRatioAndCountWithinItsRange() {
		for (Object[] bad : new Object[][] { { null, null }, { "0.1", 2 }, { "0", null }, { "1.01", null },
				{ "-0.1", null }, { null, -1 } }) {
			assertThatThrownBy(() -> new StratumRule(CreditClass.C, bad[0] == null ? null : new BigDecimal((String) bad[0]),
					(Integer) bad[1]))
				.isInstanceOf(RuleViolation.class)
				.extracting(e -> ((RuleViolation) e).code())
				.isEqualTo("inspection.stratum-invalid");
		}
	}

	@Test
	void aStratumNamesItsClass() {
		assertThatThrownBy(() -> new StratumRule(nullClass(), new BigDecimal("0.1"), null))
			.isInstanceOf(RuleViolation.class);
	}

	@SuppressWarnings("NullAway")
	private static CreditClass nullClass() {
		return null;
	}

	@Test
	void aTaskMovesOneStepAtATimeAndOnlyADraftIsEditable() {
		assertThat(TaskState.DRAFT.mayBecome(TaskState.APPROVED)).isTrue();
		assertThat(TaskState.APPROVED.mayBecome(TaskState.DRAWN)).isTrue();
		assertThat(TaskState.DRAWN.mayBecome(TaskState.DONE)).isTrue();
		assertThat(TaskState.DRAFT.mayBecome(TaskState.DRAWN)).isFalse();
		assertThat(TaskState.APPROVED.mayBecome(TaskState.DRAFT)).isFalse();
		assertThat(TaskState.DONE.mayBecome(TaskState.DRAFT)).isFalse();
		assertThat(TaskState.APPROVED.mayBecome(TaskState.APPROVED)).isFalse();
		assertThat(TaskState.DRAFT.editable()).isTrue();
		assertThat(List.of(TaskState.APPROVED, TaskState.DRAWN, TaskState.DONE)).noneMatch(TaskState::editable);
		assertThatThrownBy(() -> TaskState.DRAFT.to(TaskState.DONE)).isInstanceOf(RuleViolation.class)
			.extracting(e -> ((RuleViolation) e).code())
			.isEqualTo("inspection.task-state");
		assertThat(TaskState.DRAFT.to(TaskState.APPROVED)).isEqualTo(TaskState.APPROVED);
	}

	@Test
	void anItemIsPublishedOnlyWithItsPublicationTime() {
		InspectionItem draft = new InspectionItem(1, 1, 1, 9, "n", "b", List.of(SubjectKind.LEGAL_PERSON), "c",
				ItemMethod.ON_SITE, false, OffsetDateTime.now(), null);
		assertThat(draft.published()).isFalse();
		InspectionItem published = new InspectionItem(1, 1, 1, 9, "n", "b", List.of(SubjectKind.LEGAL_PERSON), "c",
				ItemMethod.ON_SITE, false, OffsetDateTime.now(), OffsetDateTime.now());
		assertThat(published.published()).isTrue();
	}
}
