package cn.oneteam.evidence;

/** What evidence is attached to: a case (案件), or an inspection (检查) once inspections keep evidence. */
public enum OwnerKind {
	CASE, INSPECTION
}
