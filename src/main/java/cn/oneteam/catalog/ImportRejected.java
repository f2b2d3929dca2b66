package cn.oneteam.catalog;

import java.util.Map;

/** A catalogue import with rejected rows: nothing was applied; the report says which rows and why. */
public class ImportRejected extends CatalogViolation {

	private final transient ImportReport report;

	ImportRejected(ImportReport report) {
		super(UNPROCESSABLE, "import.rows-rejected", report.rejected(), report.rows());
		this.report = report;
	}

	public ImportReport report() {
		return report;
	}

	@Override
	public Map<String, Object> details() {
		return Map.of("report", report);
	}
}
