package cn.oneteam.intake;

/** 诉求类型 of a 12345 work order (docs/legal/intake.md#hotline-work-order): 咨询、求助、投诉、举报、建议. */
public enum RequestType {
	CONSULTATION, HELP, COMPLAINT, REPORT, SUGGESTION
}
