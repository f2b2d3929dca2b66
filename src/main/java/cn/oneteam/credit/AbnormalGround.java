package cn.oneteam.credit;

/** The grounds of a 经营异常名录 entry (《企业信息公示暂行条例》 §8, §10, §17; docs/legal/credit.md#abnormal-list). */
public enum AbnormalGround {
	/** 未按规定报送年度报告 (by 30 June). */
	ANNUAL_REPORT,
	/** 未按规定公示即时信息 (20 working days, or the ordered deadline). */
	INFORMATION_NOT_PUBLISHED,
	/** 公示信息隐瞒真实情况、弄虚作假. */
	FALSE_INFORMATION,
	/** 通过登记的住所或者经营场所无法联系. */
	UNREACHABLE
}
