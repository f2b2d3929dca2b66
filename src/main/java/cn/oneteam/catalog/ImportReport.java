package cn.oneteam.catalog;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a catalogue import did, row by row (the header is row 1): created a matter, added a version, found the row
 * unchanged, or rejected it with the problem code and arguments. One rejected row and nothing is applied.
 */
public record ImportReport(int rows, int created, int revised, int unchanged, int rejected, List<Row> lines) {

	static ImportReport of(List<Row> lines) {
		return new ImportReport(lines.size(), count(lines, Outcome.CREATED), count(lines, Outcome.REVISED),
				count(lines, Outcome.UNCHANGED), count(lines, Outcome.REJECTED), lines);
	}

	private static int count(List<Row> lines, Outcome outcome) {
		return (int) lines.stream().filter(l -> l.outcome() == outcome).count();
	}

	/** One row's outcome. */
	public record Row(int row, String code, Outcome outcome, @Nullable String problem, List<String> arguments) {

		public String detailKey() {
			return "problem." + problem + ".detail";
		}
	}

	/** 导入结果. */
	public enum Outcome {
		CREATED, REVISED, UNCHANGED, REJECTED
	}
}
