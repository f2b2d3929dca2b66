package cn.oneteam.credit;

/**
 * 企业信用风险分类: A low credit risk, B ordinary, C higher, D high (docs/legal/credit.md#risk-classes). Declared from
 * the lowest risk to the highest: a later constant is a worse class.
 */
public enum CreditClass {
	A, B, C, D;

	/** The worse of the two. */
	CreditClass worse(CreditClass other) {
		return compareTo(other) >= 0 ? this : other;
	}
}
