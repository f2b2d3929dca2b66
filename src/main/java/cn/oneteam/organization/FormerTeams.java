package cn.oneteam.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 队伍整合登记: the teams each comprehensive body absorbed, recorded one by one so that the reform report counts the
 * teams before consolidation from records (docs/adr/0051-reform-report.md). A team is recorded once per body.
 */
@Service
public class FormerTeams {

	private final JdbcClient jdbc;

	private final Organizations organizations;

	private final Clock clock;

	FormerTeams(JdbcClient jdbc, Organizations organizations, Clock clock) {
		this.jdbc = jdbc;
		this.organizations = organizations;
		this.clock = clock;
	}

	/** The longest name or former department the register holds (varchar(200), V0137). */
	static final int LONGEST = 200;

	/**
	 * Records a team the body absorbed; 400 on a blank or over-long name or department or negative people, 409 when
	 * already recorded. The page and the API both come here, so both refuse the same input.
	 */
	@Transactional
	@PreAuthorize("hasAuthority('personnel:manage')")
	public FormerTeam record(OrganizationId body, String name, String formerDepartment, int people, LocalDate mergedOn,
			JurisdictionScope scope) {
		if (name.isBlank() || formerDepartment.isBlank() || people < 0 || name.trim().length() > LONGEST
				|| formerDepartment.trim().length() > LONGEST) {
			throw new OrganizationViolation(RuleViolation.BAD_REQUEST, "reform.former-team-invalid", name, people);
		}
		organizations.requireWithin(body, scope);
		boolean known = jdbc.sql("select exists (select 1 from former_team where organization_id = ? and name = ?"
				+ " and former_department = ?)").params(body.value(), name.trim(), formerDepartment.trim())
			.query(Boolean.class).single();
		if (known) {
			throw new OrganizationViolation(RuleViolation.CONFLICT, "reform.former-team-known", name);
		}
		long id = jdbc.sql("""
				insert into former_team (organization_id, name, former_department, people, merged_on, recorded_at)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(body.value(), name.trim(), formerDepartment.trim(), people, mergedOn, OffsetDateTime.now(clock))
			.query(Long.class).single();
		return new FormerTeam(id, body, name.trim(), formerDepartment.trim(), people, mergedOn);
	}

	/** The teams the body absorbed, oldest merger first; 403 outside the caller's jurisdiction. */
	@Transactional(readOnly = true)
	public List<FormerTeam> of(OrganizationId body, JurisdictionScope scope) {
		organizations.require(body, scope);
		return mergedInto(List.of(body.value()), LocalDate.of(9999, 12, 31));
	}

	/** The teams the bodies absorbed by the day (merged on or before it), for the reform report. */
	@Transactional(readOnly = true)
	public List<FormerTeam> mergedInto(Collection<Long> bodyIds, LocalDate by) {
		return jdbc.sql("""
				select * from former_team where organization_id = any(:ids) and merged_on <= :by
				order by organization_id, merged_on, id""")
			.param("ids", bodyIds.toArray(Long[]::new))
			.param("by", by)
			.query((rs, n) -> new FormerTeam(rs.getLong("id"), new OrganizationId(rs.getLong("organization_id")),
					rs.getString("name"), rs.getString("former_department"), rs.getInt("people"),
					rs.getObject("merged_on", LocalDate.class)))
			.list();
	}

	/** The brigades and squads of the bodies (stationed groups are their people in townships, not teams). */
	@Transactional(readOnly = true)
	public int teamsOf(Collection<Long> bodyIds) {
		return jdbc.sql("select count(*) from team where organization_id = any(:ids) and kind in ('BRIGADE', 'SQUAD')")
			.param("ids", bodyIds.toArray(Long[]::new)).query(Integer.class).single();
	}
}
