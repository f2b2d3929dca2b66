package cn.oneteam.intake;

/** 满意度 of the reporter (docs/legal/intake.md#hotline-work-order): 满意、基本满意、不满意. */
public enum Satisfaction {
	SATISFIED, BASICALLY_SATISFIED, DISSATISFIED
}
