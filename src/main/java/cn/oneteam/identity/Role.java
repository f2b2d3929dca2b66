package cn.oneteam.identity;

import static cn.oneteam.identity.Permission.*;

import java.util.EnumSet;
import java.util.Set;

/**
 * 角色: the users of architecture.md, each with the domain actions it may take. Reading cases is a permission of its
 * own: department staff read only what was transferred to their body, system accounts none
 * (docs/adr/0009-who-may-do-what.md).
 */
public enum Role {

	/** 执法人员: certified officer. */
	OFFICER(EnumSet.of(CLUE_REPORT, CASE_READ, CASE_HANDLE)),
	/** 执法辅助人员: assists officers; never decides or counts as an officer. */
	AUXILIARY(EnumSet.of(CLUE_REPORT, CASE_READ)),
	/** 中队长: approves within the squad. */
	SQUAD_HEAD(EnumSet.of(CLUE_REPORT, CASE_READ, CASE_HANDLE, CASE_APPROVE, EVENT_DISPATCH)),
	/** 局长: approves filing, extensions, decisions and closing. */
	BUREAU_HEAD(EnumSet.of(CASE_READ, CASE_APPROVE, PERSONNEL_MANAGE, DASHBOARD_VIEW)),
	/** 法制审核人员: legal review of major decisions. */
	LEGAL_REVIEWER(EnumSet.of(CASE_READ, CASE_LEGAL_REVIEW, CREDIT_MANAGE)),
	/** 指挥中心调度员: triage, routing, whistles. */
	DISPATCHER(EnumSet.of(EVENT_DISPATCH, CASE_READ)),
	/** 行业主管部门工作人员: answers whistles, co-inspects; reads the cases transferred to the department. */
	DEPARTMENT_STAFF(EnumSet.of(WHISTLE_RESPOND, CASE_READ_TRANSFERRED)),
	/** 执法监督人员 (司法局): case-file review, alerts, assessments. */
	SUPERVISOR(EnumSet.of(SUPERVISION_REVIEW, CASE_READ, DASHBOARD_VIEW)),
	/**
	 * 行政执法监督员: an external supervisor (a deputy, a lawyer, a citizen appointed by the government) who reads the
	 * cases and supervision records of the jurisdiction and records findings; never changes a case, an inspection, a
	 * complaint or a person (docs/adr/0038-external-supervisors-and-exams.md).
	 */
	EXTERNAL_SUPERVISOR(EnumSet.of(CASE_READ, SUPERVISION_READ, SUPERVISION_FIND)),
	/** 领导: dashboards and rankings. */
	LEADER(EnumSet.of(CASE_READ, DASHBOARD_VIEW)),
	/** 系统接口账号: another system (the 12345 hotline) sending work orders; reads no cases. */
	SYSTEM_CLIENT(EnumSet.of(EVENT_RECEIVE)),
	/**
	 * 缴款平台接口账号: the bank or payment platform collecting fines (罚缴分离, 处罚法 §67); asks what is owed under a
	 * payment reference in its jurisdiction, reads no case.
	 */
	PAYMENT_PLATFORM(EnumSet.of(PAYMENT_LOOKUP)),
	/**
	 * 审批部门接口账号: an approval department's system (审管联动) pushing licence records and asking for approval holds;
	 * reads no case.
	 */
	APPROVAL_SYSTEM(EnumSet.of(LICENCE_PUSH)),
	/** 系统管理员: divisions, organisations, calendar, accounts; no case files. */
	ADMINISTRATOR(EnumSet.of(REGION_IMPORT, CALENDAR_MANAGE, ORGANIZATION_REGISTER, PERSONNEL_MANAGE, CATALOG_MANAGE,
			ACCOUNT_OPEN,
			WHISTLE_CONFIGURE, DASHBOARD_VIEW, EXCHANGE_MANAGE));

	private final Set<Permission> permissions;

	Role(Set<Permission> permissions) {
		this.permissions = permissions;
	}

	public Set<Permission> permissions() {
		return permissions;
	}
}
