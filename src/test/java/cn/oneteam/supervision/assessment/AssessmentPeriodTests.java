package cn.oneteam.supervision.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.oneteam.shared.RuleViolation;
import cn.oneteam.supervision.assessment.Assessments.Part;
import org.junit.jupiter.api.Test;

/** Periods and the arithmetic of a score (docs/adr/0039-assessments.md). */
class AssessmentPeriodTests {

	@Test
	void aPeriodIsAYearAQuarterOrAMonthWithBothEndsIncluded() {
		assertThat(AssessmentPeriod.parse("2026-Q4")).extracting(AssessmentPeriod::from, AssessmentPeriod::to)
			.containsExactly(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));
		assertThat(AssessmentPeriod.parse("2026-q1").to()).isEqualTo(LocalDate.of(2026, 3, 31));
		assertThat(AssessmentPeriod.parse("2028-02").to()).isEqualTo(LocalDate.of(2028, 2, 29));
		assertThat(AssessmentPeriod.parse(" 2026 ")).extracting(AssessmentPeriod::label, AssessmentPeriod::months)
			.containsExactly("2026", 12);
		assertThat(AssessmentPeriod.of(AssessmentPeriod.Kind.QUARTER, LocalDate.of(2026, 12, 7)).label())
			.isEqualTo("2026-Q4");
		assertThat(AssessmentPeriod.of(AssessmentPeriod.Kind.MONTH, LocalDate.of(2026, 9, 30)).label())
			.isEqualTo("2026-09");
	}

	@Test
	void anythingElseIsABadRequestNamingWhatWasWritten() {
		for (String bad : new String[] { "2026-13", "2026-Q5", "2026-Q0", "2026-1", "2026/11", "1999", "2100", "Q4",
				"", null }) {
			assertThatThrownBy(() -> AssessmentPeriod.parse(bad)).as(String.valueOf(bad))
				.isInstanceOfSatisfying(RuleViolation.class, v -> {
					assertThat(v.status()).isEqualTo(400);
					assertThat(v.code()).isEqualTo("supervision.assessment-period-invalid");
					assertThat(v.arguments()[0]).isEqualTo(bad == null ? "" : bad);
				});
		}
	}

	@Test
	void aPartWithoutDataLeavesItsWeightOutAndPartsAreBounded() {
		assertThat(Assessments.weighted(new Part(40, new BigDecimal("50")), new Part(30, null),
				new Part(20, new BigDecimal("100")))).isEqualByComparingTo("66.67");
		assertThat(Assessments.complaintScore(12, BigDecimal.TEN)).isEqualByComparingTo("0");
		assertThat(Assessments.trainingScore(new BigDecimal("50"), new BigDecimal("40"))).isEqualByComparingTo("100");
		assertThat(Assessments.trainingScore(new BigDecimal("10"), new BigDecimal("40"))).isEqualByComparingTo("25");
		assertThat(Assessments.percent(0, 0)).isNull();
		assertThat(Assessments.percent(2, 1)).isEqualByComparingTo("66.7");
	}
}
