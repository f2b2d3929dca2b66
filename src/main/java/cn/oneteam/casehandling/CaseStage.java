package cn.oneteam.casehandling;

/**
 * 案件阶段 (docs/legal/procedure.md#stages). The simple procedure's case is {@link #DECIDED} as soon as it is recorded; the general
 * procedure goes from a clue through filing, investigation, review, notice, hearing and decision to execution and
 * closing.
 */
public enum CaseStage {
	/** 线索登记: verified within 15 working days (市监 §18). */
	CLUE,
	/** 调查取证: filed; the 90-day decision period runs (处罚法 §60). */
	INVESTIGATING,
	/** 中止调查: the periods stand still (市监 §46, §64). */
	SUSPENDED,
	/** 审核: 法制审核 or 案件审核 of the investigation report (处罚法 §58; 市监 §49–§55). */
	REVIEW,
	/** 负责人审批拟处理意见 (市监 §56). */
	PROPOSAL,
	/** 事先告知: the party may state, defend and ask for a hearing (处罚法 §44, §45, §63). */
	NOTICE,
	/** 听证 (处罚法 §64). */
	HEARING,
	/** 待决定: notice answered or waived, hearing held (处罚法 §57, §62). */
	DECISION_PENDING,
	/** 已决定: awaiting service (处罚法 §61); a simple-procedure case stays here. */
	DECIDED,
	/** 执行: served; payment runs (处罚法 §66, §67). */
	EXECUTION,
	/** 移送中 (处罚法 §27, §57; 国务院令第310号). */
	TRANSFERRING,
	/** 待结案 (市监 §77). */
	CLOSING,
	/** 已结案. */
	CLOSED
}
