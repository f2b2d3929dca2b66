package cn.oneteam.organization;

import java.time.LocalDate;

/**
 * 原执法队伍: an enforcement team of a department that a comprehensive body absorbed — its name, the department it
 * belonged to, how many people it had, and the day it was merged (docs/adr/0051-reform-report.md).
 */
public record FormerTeam(long id, OrganizationId body, String name, String formerDepartment, int people,
		LocalDate mergedOn) {
}
