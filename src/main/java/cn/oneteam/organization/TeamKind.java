package cn.oneteam.organization;

/** 队伍层级: 大队, 中队, and the county team stationed in a township (派驻执法组). */
public enum TeamKind {
	BRIGADE, SQUAD, STATIONED_GROUP
}
