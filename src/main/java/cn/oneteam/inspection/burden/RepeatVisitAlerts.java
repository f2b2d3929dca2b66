package cn.oneteam.inspection.burden;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The alerts of a year in a scope (docs/adr/0031-inspection-burden.md): subjects visited more often than the cap of a
 * department (its body cap, the triggers the cap exempts not counted) or, without a cap, than the threshold — by one
 * department, or in total — and pairs of visits of one subject by different departments at most {@code unmergedDays}
 * apart that were not merged into one (多头 / 重复检查).
 */
public record RepeatVisitAlerts(int year, @Nullable String division, int threshold, int unmergedDays,
		List<RepeatVisit> repeatVisits, List<UnmergedVisits> unmergedVisits) {

	public RepeatVisitAlerts {
		repeatVisits = List.copyOf(repeatVisits);
		unmergedVisits = List.copyOf(unmergedVisits);
	}

	/** What the visits were compared with. */
	public enum Limit {
		CAP, THRESHOLD
	}

	/**
	 * A subject visited more often than its limit: by one department (none: in total), the visits counted, the limit,
	 * whether it is a cap (with what happens beyond it and its basis) or the threshold, and the visits.
	 */
	public record RepeatVisit(long subjectId, String subjectCode, @Nullable Long departmentId,
			@Nullable String department, int visits, int limit, Limit basis, @Nullable String onReach,
			@Nullable String capBasis, List<Long> visitIds) {

		public RepeatVisit {
			visitIds = List.copyOf(visitIds);
		}
	}

	/** Two visits of one subject by different departments, close in time, not merged into one joint visit. */
	public record UnmergedVisits(long subjectId, String subjectCode, long firstVisitId, LocalDate firstDay,
			List<String> firstDepartments, long secondVisitId, LocalDate secondDay, List<String> secondDepartments,
			long daysApart) {

		public UnmergedVisits {
			firstDepartments = List.copyOf(firstDepartments);
			secondDepartments = List.copyOf(secondDepartments);
		}
	}
}
