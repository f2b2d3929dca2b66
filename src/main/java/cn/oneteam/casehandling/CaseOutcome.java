package cn.oneteam.casehandling;

/** 处理意见: what the investigation proposes and the head decides (处罚法 §57; 市监 §60). */
public enum CaseOutcome {
	/** 给予行政处罚. */
	PENALTY,
	/** 违法行为轻微等，依法不予行政处罚 (处罚法 §33). */
	NO_PENALTY,
	/** 违法事实不能成立. */
	NOT_ESTABLISHED,
	/** 移送其他行政管理部门 or 司法机关 (处罚法 §57(4); 市监 §60). */
	TRANSFER
}
