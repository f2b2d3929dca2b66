package cn.oneteam.subject;

import java.util.Map;

/** An import with refused rows: nothing was stored; the problem carries the row report. */
class SubjectImportRejected extends SubjectViolation {

	private final transient SubjectImportReport report;

	SubjectImportRejected(SubjectImportReport report) {
		super(UNPROCESSABLE, "subject.import.rows-rejected", report.refused().size(), report.rowsRead());
		this.report = report;
	}

	SubjectImportReport report() {
		return report;
	}

	@Override
	public Map<String, Object> details() {
		return Map.of("report", report);
	}
}
