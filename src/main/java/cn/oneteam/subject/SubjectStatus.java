package cn.oneteam.subject;

/** 登记状态: open (存续, 停业) or closed (吊销, 注销, 迁出) with a date. */
public enum SubjectStatus {

	/** 存续（在营、开业、在册）. */
	ACTIVE,

	/** 停业. */
	SUSPENDED,

	/** 吊销. */
	REVOKED,

	/** 注销. */
	DEREGISTERED,

	/** 迁出. */
	MOVED_OUT;

	public boolean closed() {
		return this == REVOKED || this == DEREGISTERED || this == MOVED_OUT;
	}
}
