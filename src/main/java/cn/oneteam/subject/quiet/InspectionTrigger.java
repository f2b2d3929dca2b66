package cn.oneteam.subject.quiet;

/**
 * Why an inspection happens: 日常 (routine), 专项 (campaign, own or deployed by a superior) — the proactive ones — or a
 * 个案 trigger (complaint, referral, data monitoring, the enterprise's own request, safety, licence verification, a
 * legal requirement). Which triggers pass a quiet entry, a cap or the calendar block is configuration or cap data,
 * never decided here (docs/adr/0024-quiet-periods-and-caps.md).
 */
public enum InspectionTrigger {
	ROUTINE, CAMPAIGN, CAMPAIGN_BY_SUPERIOR, COMPLAINT, REFERRAL, DATA_MONITORING, OWN_REQUEST, SAFETY,
	LICENCE_VERIFICATION, LEGAL_REQUIREMENT;

	/** 日常 and 专项: the proactive inspections (the 个案 triggers are the others). */
	public boolean proactive() {
		return this == ROUTINE || this == CAMPAIGN || this == CAMPAIGN_BY_SUPERIOR;
	}
}
