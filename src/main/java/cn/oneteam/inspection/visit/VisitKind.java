package cn.oneteam.inspection.visit;

/** 双随机 (drawn from a task) or 个案/targeted (a complaint, a referral, monitoring…; outside the draw, still coded). */
public enum VisitKind {
	RANDOM, TARGETED
}
