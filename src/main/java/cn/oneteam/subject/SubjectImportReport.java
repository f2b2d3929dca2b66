package cn.oneteam.subject;

import java.io.Serializable;
import java.util.List;

/**
 * What an import of subjects did: rows read (the header is row 1, so data rows are numbered from 2), rows stored — all
 * or none — and each refused row's number, column, problem code and localised reason; with the file's SHA-256 and the
 * time the storage took (docs/adr/0019-subject-register.md, import).
 */
public record SubjectImportReport(String fileName, String sha256, int rowsRead, int stored, long storeMillis,
		List<Refusal> refused) implements Serializable {

	/** One refused cell: its row (header = 1), column, problem code and reason in the caller's language. */
	public record Refusal(int row, String column, String problem, String reason) implements Serializable {
	}
}
