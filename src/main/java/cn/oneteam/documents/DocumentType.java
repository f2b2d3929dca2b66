package cn.oneteam.documents;

/**
 * 文书种类 that carry a number, with the default 文书代字 a body may replace (legal-rules.md §10.2: set by each province
 * or agency template).
 */
public enum DocumentType {
	/** 行政处罚决定书. */
	PENALTY_DECISION("罚决"),
	/** 不予行政处罚决定书. */
	NO_PENALTY_DECISION("不罚决");

	private final String defaultCode;

	DocumentType(String defaultCode) {
		this.defaultCode = defaultCode;
	}

	public String defaultCode() {
		return defaultCode;
	}
}
