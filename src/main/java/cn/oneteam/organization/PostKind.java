package cn.oneteam.organization;

/** 编制类别: 行政编制, 事业编制, 工勤编制. Service (工勤) staff may never hold an enforcement certificate. */
public enum PostKind {
	ADMINISTRATIVE, PUBLIC_INSTITUTION, SERVICE
}
