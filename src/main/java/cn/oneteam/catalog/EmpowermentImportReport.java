package cn.oneteam.catalog;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What an empowerment list import did, row by row (the header is row 1): a grant created, or found unchanged because
 * the list already holds it. A dry run reports what an import would do and writes nothing.
 */
public record EmpowermentImportReport(boolean dryRun, int rows, int created, int unchanged, List<Line> lines)
		implements Serializable {

	static EmpowermentImportReport of(boolean dryRun, List<Line> lines) {
		int created = (int) lines.stream().filter(l -> l.outcome() == Outcome.CREATED).count();
		return new EmpowermentImportReport(dryRun, lines.size(), created, lines.size() - created, List.copyOf(lines));
	}

	/** One row's grant and what became of it. */
	public record Line(int row, String township, String matter, EnforcementMode mode, LocalDate effectiveFrom,
			Outcome outcome) implements Serializable {
	}

	/** 导入结果: 新增 or 未变. */
	public enum Outcome {
		CREATED, UNCHANGED
	}
}
