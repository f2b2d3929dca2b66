package cn.oneteam.organization;

import java.util.List;

import cn.oneteam.shared.IdNumber;

/**
 * What a roster import did or, on a dry run, would do, row by row (the header is row 1): a person created, updated or
 * found unchanged (docs/adr/0048-onboarding-a-county.md). The ID number shows masked.
 */
public record RosterReport(boolean dryRun, int rows, int created, int updated, int unchanged, List<Line> lines) {

	static RosterReport of(boolean dryRun, List<Line> lines) {
		return new RosterReport(dryRun, lines.size(), count(lines, Outcome.CREATED), count(lines, Outcome.UPDATED),
				count(lines, Outcome.UNCHANGED), List.copyOf(lines));
	}

	private static int count(List<Line> lines, Outcome outcome) {
		return (int) lines.stream().filter(l -> l.outcome() == outcome).count();
	}

	/** One row: who, and what became of them. */
	public record Line(int row, String name, IdNumber idNumber, Outcome outcome) {
	}

	/** 导入结果. */
	public enum Outcome {
		CREATED, UPDATED, UNCHANGED
	}

	/** One refused cell: the row, the column as the file names it, the problem code and its message in the reader's language. */
	public record RowError(int row, String column, String code, String message) {
	}
}
