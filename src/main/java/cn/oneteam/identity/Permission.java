package cn.oneteam.identity;

/**
 * 权限: a domain action a role may take. The authority string ({@code module:action}) is what
 * {@code @PreAuthorize} checks on application services.
 */
public enum Permission {

	REGION_IMPORT("region:import"),
	CALENDAR_MANAGE("calendar:manage"),
	ORGANIZATION_REGISTER("organization:register"),
	PERSONNEL_MANAGE("personnel:manage"),
	CATALOG_MANAGE("catalog:manage"),
	ACCOUNT_OPEN("account:open"),
	CLUE_REPORT("clue:report"),
	EVENT_DISPATCH("event:dispatch"),
	/** Another system (the 12345 hotline) sends its work orders; nothing else (docs/adr/0009-who-may-do-what.md). */
	EVENT_RECEIVE("event:receive"),
	/** Reads every case in the jurisdiction: its file, record, documents, evidence and measures. */
	CASE_READ("case:read"),
	/** Reads only the cases transferred to the caller's own body (an industry department). */
	CASE_READ_TRANSFERRED("case:read-transferred"),
	/**
	 * Asks what is owed under a payment reference, as a bank or payment platform collecting a fine (罚缴分离, 处罚法
	 * §67): the decision number and the amounts, no case file (docs/adr/0009-who-may-do-what.md).
	 */
	PAYMENT_LOOKUP("payment:lookup"),
	CASE_HANDLE("case:handle"),
	CASE_APPROVE("case:approve"),
	CASE_LEGAL_REVIEW("case:legal-review"),
	WHISTLE_RESPOND("whistle:respond"),
	WHISTLE_CONFIGURE("whistle:configure"),
	SUPERVISION_REVIEW("supervision:review"),
	/**
	 * Reads the supervision pages of the jurisdiction without changing anything: an external supervisor (行政执法监督员,
	 * docs/adr/0038-external-supervisors-and-exams.md).
	 */
	SUPERVISION_READ("supervision:read"),
	/** Records a finding (监督意见) about a body of the jurisdiction (docs/adr/0038-external-supervisors-and-exams.md). */
	SUPERVISION_FIND("supervision:find"),
	/**
	 * An approval department's system sends its licence records and asks whether a subject is held by an open case or
	 * penalty (审管联动, docs/adr/0021-approval-exchange.md); reads no case.
	 */
	LICENCE_PUSH("licence:push"),
	/** Registers the approval departments' endpoints, sees what was sent and received, resends a message. */
	EXCHANGE_MANAGE("exchange:manage"),
	/** Keeps the credit rules and decides credit repair (信用修复) (docs/adr/0022-credit-and-risk.md). */
	CREDIT_MANAGE("credit:manage"),
	DASHBOARD_VIEW("dashboard:view");

	private final String authority;

	Permission(String authority) {
		this.authority = authority;
	}

	public String authority() {
		return authority;
	}
}
