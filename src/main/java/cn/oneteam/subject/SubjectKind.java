package cn.oneteam.subject;

/** What a subject is: the first three are registered by 统一社会信用代码, a natural person by 公民身份号码. */
public enum SubjectKind {

	/** 法人. */
	LEGAL_PERSON,

	/** 非法人组织. */
	OTHER_ORGANISATION,

	/** 个体工商户 (its code starts with 92). */
	INDIVIDUAL_BUSINESS,

	/** 自然人. */
	NATURAL_PERSON;

	/** Whether the subject is identified by a 公民身份号码 (masked wherever it is shown) rather than a credit code. */
	public boolean identifiedByIdNumber() {
		return this == NATURAL_PERSON;
	}
}
