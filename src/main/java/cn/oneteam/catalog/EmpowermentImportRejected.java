package cn.oneteam.catalog;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An empowerment list import with refused rows: nothing was written; the 400 problem lists every problem found
 * ({@code rows}: row, column as the file names it, problem code and the localised message).
 */
public class EmpowermentImportRejected extends CatalogViolation {

	private final transient List<RowProblem> problems;

	EmpowermentImportRejected(int rowsRead, List<RowProblem> problems) {
		super(BAD_REQUEST, "empowerImport.rows-rejected",
				problems.stream().mapToInt(RowProblem::row).distinct().count(), rowsRead);
		this.problems = List.copyOf(problems);
	}

	public List<RowProblem> problems() {
		return problems;
	}

	@Override
	public Map<String, Object> details() {
		return Map.of("rows", problems);
	}

	/** One problem of a row; the column is absent when the problem concerns the row as a whole. */
	public record RowProblem(int row, @Nullable String column, String code, String message) implements Serializable {
	}
}
