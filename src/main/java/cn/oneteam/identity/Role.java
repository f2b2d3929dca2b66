package cn.oneteam.identity;

import static cn.oneteam.identity.Permission.*;

import java.util.EnumSet;
import java.util.Set;

/** 角色: the users of architecture.md, each with the domain actions it may take. */
public enum Role {

	/** 执法人员: certified officer. */
	OFFICER(EnumSet.of(CLUE_REPORT, CASE_HANDLE)),
	/** 执法辅助人员: assists officers; never decides or counts as an officer. */
	AUXILIARY(EnumSet.of(CLUE_REPORT)),
	/** 中队长: approves within the squad. */
	SQUAD_HEAD(EnumSet.of(CLUE_REPORT, CASE_HANDLE, CASE_APPROVE, EVENT_DISPATCH)),
	/** 局长: approves filing, extensions, decisions and closing. */
	BUREAU_HEAD(EnumSet.of(CASE_APPROVE, PERSONNEL_MANAGE, DASHBOARD_VIEW)),
	/** 法制审核人员: legal review of major decisions. */
	LEGAL_REVIEWER(EnumSet.of(CASE_LEGAL_REVIEW)),
	/** 指挥中心调度员: triage, routing, whistles. */
	DISPATCHER(EnumSet.of(EVENT_DISPATCH)),
	/** 行业主管部门工作人员: answers whistles, co-inspects. */
	DEPARTMENT_STAFF(EnumSet.of(WHISTLE_RESPOND)),
	/** 执法监督人员 (司法局): case-file review, alerts, assessments. */
	SUPERVISOR(EnumSet.of(SUPERVISION_REVIEW, DASHBOARD_VIEW)),
	/** 领导: dashboards and rankings. */
	LEADER(EnumSet.of(DASHBOARD_VIEW)),
	/** 系统管理员: divisions, organisations, calendar, accounts. */
	ADMINISTRATOR(EnumSet.of(REGION_IMPORT, CALENDAR_MANAGE, ORGANIZATION_REGISTER, PERSONNEL_MANAGE, CATALOG_MANAGE,
			ACCOUNT_OPEN,
			WHISTLE_CONFIGURE, DASHBOARD_VIEW));

	private final Set<Permission> permissions;

	Role(Set<Permission> permissions) {
		this.permissions = permissions;
	}

	public Set<Permission> permissions() {
		return permissions;
	}
}
