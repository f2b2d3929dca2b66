package cn.oneteam.inspection.library;

/** Who may assist an inspection, never as an inspector: an expert (专家) or a testing body (检测机构). */
public enum AssistantKind {
	EXPERT, TESTING_BODY
}
