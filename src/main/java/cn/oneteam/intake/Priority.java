package cn.oneteam.intake;

/** 紧急程度: sets the clocks to accept and to reply ({@code oneteam.intake.sla.<priority>}). */
public enum Priority {
	URGENT, HIGH, NORMAL
}
