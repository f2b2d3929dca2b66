package cn.oneteam.inspection.visit;

/**
 * A visit's life (docs/adr/0027-visits-and-codes.md): PLANNED with its code once the task is drawn (or the targeted
 * inspection approved), RECORDED when whoever inspected entered the result, PUBLISHED once the result is public;
 * CANCELLED when it will not happen (the reason kept). Never deleted.
 */
public enum VisitState {
	PLANNED, RECORDED, PUBLISHED, CANCELLED
}
