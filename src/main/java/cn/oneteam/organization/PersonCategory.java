package cn.oneteam.organization;

/**
 * 人员类别: establishment staff (在编人员, who may become certified officers), auxiliaries (执法辅助人员, never
 * officers) and grid workers (网格员, reporters).
 */
public enum PersonCategory {
	ESTABLISHMENT, AUXILIARY, GRID_WORKER
}
