package cn.oneteam.inspection.burden;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The burden of a year in a scope (docs/adr/0031-inspection-burden.md): the subjects counted (active in the register
 * now, and any other visited), the visits not cancelled, their parts and the visits saved by merging (parts − visits),
 * how many subjects had 0, 1, 2, 3 or more visits in total and by department (a joint visit counts once for each
 * department taking part, once in the total), the recorded visits and those that found a problem (the share in
 * percent, one decimal; none when nothing is recorded), and the drawn (RANDOM) and targeted visits.
 */
public record BurdenFigures(int year, @Nullable String division, int subjects, int visits, int parts,
		int savedByMerging, Distribution total, List<DepartmentFigures> byDepartment, int recorded, int foundProblem,
		@Nullable BigDecimal problemPercent, int random, int targeted) {

	public BurdenFigures {
		byDepartment = List.copyOf(byDepartment);
	}

	/** Subjects with no visit, one, two, three or more. */
	public record Distribution(int none, int one, int two, int threeOrMore) {
	}

	/** One department: the visits it took part in and the distribution of its visits over the subjects. */
	public record DepartmentFigures(long departmentId, String department, int visits, Distribution distribution) {
	}
}
