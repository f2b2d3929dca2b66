package cn.oneteam.supervision.finding;

/** What a finding may point at besides the body: one of its cases, inspections (by code) or complaints. */
public enum ReferenceKind {
	CASE, INSPECTION, COMPLAINT
}
