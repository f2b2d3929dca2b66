package cn.oneteam.inspection.burden;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import cn.oneteam.inspection.visit.VisitKind;
import cn.oneteam.subject.quiet.InspectionCap;
import cn.oneteam.subject.quiet.InspectionTrigger;
import org.junit.jupiter.api.Test;

/** The pure figures and alerts (docs/adr/0031-inspection-burden.md): rounding, department sets, caps by code. */
class BurdenCalculationTests {

	private static final LocalDate DAY = LocalDate.of(2050, 5, 1);

	private static BurdenRow row(long visit, long subject, List<Long> departments, int dayOffset) {
		return new BurdenRow(visit, subject, "91632802MA0000000" + subject, departments, VisitKind.RANDOM,
				InspectionTrigger.ROUTINE, null, DAY.plusDays(dayOffset), departments.size());
	}

	@Test
	void theShareIsRoundedHalfUpToOneDecimalAndAbsentWithoutRecordedVisits() {
		assertThat(BurdenCalculation.percent(1, 3)).isEqualByComparingTo(new BigDecimal("33.3"));
		assertThat(BurdenCalculation.percent(2, 3)).isEqualByComparingTo(new BigDecimal("66.7"));
		assertThat(BurdenCalculation.percent(0, 0)).isNull();
	}

	@Test
	void visitsOfTheSameDepartmentsInAnotherOrderAreNoUnmergedPairAndSubjectsDoNotMix() {
		List<BurdenRow> rows = List.of(row(1, 1, List.of(1L, 2L), 0), row(2, 1, List.of(2L, 1L), 1),
				row(3, 1, List.of(1L), 2), row(4, 2, List.of(3L), 1), row(5, 2, List.of(4L), 40));
		assertThat(BurdenCalculation.unmerged(rows, String::valueOf, 30))
			.extracting(u -> u.firstVisitId() + "-" + u.secondVisitId())
			.containsExactly("1-3", "2-3");
	}

	@Test
	void aDepartmentsBodyCapIsFoundByItsCodeAndItsOnReachReported() {
		InspectionCap cap = new InspectionCap(1, InspectionCap.Scope.BODY, "X-scjg", 2050, 1, InspectionCap.OnReach.BLOCK,
				Set.of(), "测试", 1, OffsetDateTime.now());
		List<BurdenRow> rows = List.of(row(1, 7, List.of(1L), 0), row(2, 7, List.of(1L), 50), row(3, 8, List.of(2L), 0),
				row(4, 8, List.of(2L), 50));
		List<RepeatVisitAlerts.RepeatVisit> alerts = BurdenCalculation.repeatVisits(rows, List.of(cap),
				id -> id == 1L ? "X-scjg" : "Y-sthj", String::valueOf, 3);
		assertThat(alerts).singleElement().satisfies(a -> {
			assertThat(a.subjectId()).isEqualTo(7);
			assertThat(a.basis()).isEqualTo(RepeatVisitAlerts.Limit.CAP);
			assertThat(a.onReach()).isEqualTo("BLOCK");
			assertThat(a.visitIds()).containsExactly(1L, 2L);
		});
	}

	@Test
	void visitsThatCouldNeverMergeAreNoUnmergedPair() {
		BurdenRow routine = row(1, 1, List.of(1L), 0);
		BurdenRow complaint = new BurdenRow(2, 1, routine.subjectCode(), List.of(2L), VisitKind.TARGETED,
				InspectionTrigger.COMPLAINT, null, DAY.plusDays(1), 1);
		BurdenRow referral = new BurdenRow(3, 1, routine.subjectCode(), List.of(3L), VisitKind.TARGETED,
				InspectionTrigger.REFERRAL, null, DAY.plusDays(2), 1);
		BurdenRow otherComplaint = new BurdenRow(4, 1, routine.subjectCode(), List.of(4L), VisitKind.TARGETED,
				InspectionTrigger.COMPLAINT, null, DAY.plusDays(3), 1);
		assertThat(BurdenCalculation.unmerged(List.of(routine, complaint, referral, otherComplaint), String::valueOf, 30))
			.extracting(u -> u.firstVisitId() + "-" + u.secondVisitId())
			.containsExactly("2-4");
	}
}
