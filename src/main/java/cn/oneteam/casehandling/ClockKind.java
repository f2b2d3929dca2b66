package cn.oneteam.casehandling;

/**
 * 法定期限: the periods a case runs, each with its unit and the docs/legal/time.md#periods value as default, and how far a
 * deployment or a province may set another length ({@link Latitude}) with {@code oneteam.case.periods.*}
 * ({@link CasePeriods}; the periods and their articles: docs/legal/time.md#periods).
 */
public enum ClockKind {
	/** CLUE_VERIFY_SAMR 15 (+15) WD, 市监 §18. */
	CLUE_VERIFICATION(ClockUnit.WORKING_DAYS, 15, 15, Ends.BY_ACTION, Latitude.OPEN),
	/** DECISION_DEADLINE 90 days from filing, 处罚法 §60; DECISION_EXTENSION_SAMR +30, 市监 §64. */
	DECISION(ClockUnit.DAYS, 90, 30, Ends.BY_ACTION, Latitude.OPEN),
	/** EVIDENCE_PRESERVE_DECIDE 7 WD, 处罚法 §56 + §85; lapses on its own, 市监 §35. */
	EVIDENCE_PRESERVATION(ClockUnit.WORKING_DAYS, 7, 0, Ends.LAPSING, Latitude.AT_MOST),
	/** SEIZURE_TERM 30 (+30 once) days, 强制法 §25. */
	SEIZURE(ClockUnit.DAYS, 30, 30, Ends.BY_ACTION, Latitude.AT_MOST),
	/** REVIEW_SAMR 10 WD, 市监 §55 (extendable by the head with no cap stated: not modelled). */
	REVIEW(ClockUnit.WORKING_DAYS, 10, 0, Ends.BY_ACTION, Latitude.OPEN),
	/** NOTICE_RESPONSE_SAMR 5 WD, 市监 §57 (docs/legal/procedure.md#notice-response-period: configurable). */
	NOTICE_RESPONSE(ClockUnit.WORKING_DAYS, 5, 0, Ends.PARTY_PERIOD, Latitude.OPEN),
	/** HEARING_REQUEST 5 WD after notice, 处罚法 §64 + §85. */
	HEARING_REQUEST(ClockUnit.WORKING_DAYS, 5, 0, Ends.PARTY_PERIOD, Latitude.AT_LEAST),
	/** SERVICE_ABSENT_PARTY 7 WD, 处罚法 §61 + §85. */
	SERVICE(ClockUnit.WORKING_DAYS, 7, 0, Ends.BY_ACTION, Latitude.AT_MOST),
	/** PUBLICITY_PENALTY_118 7 WD from the decision, 118号 (docs/legal/records.md#publicity-deadline: configurable). */
	PUBLICITY(ClockUnit.WORKING_DAYS, 7, 0, Ends.BY_ACTION, Latitude.OPEN),
	/** PAYMENT_DEADLINE 15 days from receipt, 处罚法 §67. */
	PAYMENT(ClockUnit.DAYS, 15, 0, Ends.BY_ACTION, Latitude.FIXED),
	/** RECONSIDERATION_PERIOD 60 days from service, 复议法 (2023) §20. */
	RECONSIDERATION(ClockUnit.DAYS, 60, 0, Ends.PARTY_PERIOD, Latitude.FIXED),
	/** LITIGATION_PERIOD 6 months from service, 行政诉讼法 §46. */
	LITIGATION(ClockUnit.MONTHS, 6, 0, Ends.PARTY_PERIOD, Latitude.FIXED),
	/** COURT_ENFORCE_AFTER_DEMAND 10 WD after the 催告书 is served, 强制法 §54; 市监 §76. */
	DEMAND(ClockUnit.WORKING_DAYS, 10, 0, Ends.PARTY_PERIOD, Latitude.AT_LEAST),
	/** COURT_ENFORCE_WINDOW 3 months after the 起诉期限 (or the deferral) ends, 强制法 §53; 行诉解释 §156; 市监 §76. */
	COURT_APPLICATION(ClockUnit.MONTHS, 3, 0, Ends.BY_ACTION, Latitude.AT_MOST),
	/** CASH_HANDOVER 2 WD: fines collected on the spot handed to the body, 处罚法 §71. */
	CASH_HANDOVER(ClockUnit.WORKING_DAYS, 2, 0, Ends.BY_ACTION, Latitude.AT_MOST),
	/** SIMPLE_ARCHIVE_SAMR 7 WD: on-the-spot materials to the body, 市监 §70. */
	SIMPLE_ARCHIVE(ClockUnit.WORKING_DAYS, 7, 0, Ends.BY_ACTION, Latitude.OPEN),
	/** CLOSE_CASE_SAMR 15 WD, 市监 §77. */
	CLOSING(ClockUnit.WORKING_DAYS, 15, 0, Ends.BY_ACTION, Latitude.OPEN),
	/** CRIME_TRANSFER_APPROVE 3 days, 国务院令第310号 §5. */
	TRANSFER_APPROVAL(ClockUnit.DAYS, 3, 0, Ends.BY_ACTION, Latitude.AT_MOST),
	/** CRIME_TRANSFER_SEND 24 hours after approval, 国务院令第310号 §5. */
	TRANSFER_SEND(ClockUnit.HOURS, 24, 0, Ends.BY_ACTION, Latitude.AT_MOST),
	/** 公安机关审查 3 days from receipt, 国务院令第310号 §8. */
	TRANSFER_ANSWER(ClockUnit.DAYS, 3, 0, Ends.BY_ACTION, Latitude.AT_MOST);

	private final ClockUnit unit;

	private final int defaultLength;

	private final int defaultExtension;

	private final Ends ends;

	private final Latitude latitude;

	ClockKind(ClockUnit unit, int defaultLength, int defaultExtension, Ends ends, Latitude latitude) {
		this.unit = unit;
		this.defaultLength = defaultLength;
		this.defaultExtension = defaultExtension;
		this.ends = ends;
		this.latitude = latitude;
	}

	/** Whether the period ends on its own at its due date, with a legal effect, rather than by an action. */
	public boolean lapses() {
		return ends != Ends.BY_ACTION;
	}

	/** Whether running past it is something the body must be warned of (the party's own periods are not). */
	public boolean alerts() {
		return ends != Ends.PARTY_PERIOD;
	}

	public ClockUnit unit() {
		return unit;
	}

	public int defaultLength() {
		return defaultLength;
	}

	public int defaultExtension() {
		return defaultExtension;
	}

	/** How far a deployment or a province may set another length (or extension) than the statute's. */
	public Latitude latitude() {
		return latitude;
	}

	/**
	 * How a period ends: by the action that answers it; on its own with a legal effect (先行登记保存 lifts, 市监
	 * §35); or as the party's period, whose rights are then deemed waived (市监 §57; 处罚法 §64(1)).
	 */
	enum Ends {
		BY_ACTION, LAPSING, PARTY_PERIOD
	}

	/**
	 * How far the law lets a rule below it set the period (docs/adr/0018-statutory-periods.md): a period a
	 * departmental rule or a guideline sets, which provinces and sectors set differently, is {@link #OPEN}; a law's
	 * period for the body to act in may be shortened, never lengthened ({@link #AT_MOST}); a law's period for the
	 * party may be lengthened, never shortened ({@link #AT_LEAST}); a law's period other periods are counted from
	 * (payment, the remedies) stays as the law says ({@link #FIXED}).
	 */
	public enum Latitude {
		OPEN, AT_MOST, AT_LEAST, FIXED;

		/** Whether {@code value} is a lawful setting of a period whose statutory length is {@code statutory}. */
		public boolean allows(int value, int statutory) {
			return switch (this) {
				case OPEN -> true;
				case AT_MOST -> value <= statutory;
				case AT_LEAST -> value >= statutory;
				case FIXED -> value == statutory;
			};
		}
	}

	/** How a period is counted (docs/legal/time.md). */
	public enum ClockUnit {
		WORKING_DAYS, DAYS, HOURS, MONTHS
	}
}
