package cn.oneteam.catalog;

/** 事项类型: 行政处罚, 行政强制, 行政检查. */
public enum MatterKind {
	PENALTY, COERCION, INSPECTION
}
