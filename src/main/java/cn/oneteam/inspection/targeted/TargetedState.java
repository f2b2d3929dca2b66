package cn.oneteam.inspection.targeted;

/** A targeted inspection asked for, approved (its visit planned, with the code) or refused; decided once. */
public enum TargetedState {
	REQUESTED, APPROVED, REFUSED
}
