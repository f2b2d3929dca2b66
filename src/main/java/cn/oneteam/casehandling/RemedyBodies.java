package cn.oneteam.casehandling;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import cn.oneteam.organization.Organization;
import cn.oneteam.organization.OrganizationId;
import cn.oneteam.organization.Organizations;
import cn.oneteam.region.Division;
import cn.oneteam.region.Regions;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.DivisionLevel;
import cn.oneteam.shared.ScopedPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a party may turn against a body's decisions (处罚法 §59(5)): the 行政复议机关 and the 人民法院, set per body by
 * its head. The 复议机关 defaults to the people's government of the division the body sits in, or of the county above
 * a township or village seat (行政复议法 §24; docs/legal/procedure.md#remedies,
 * docs/adr/0020-decision-contents.md); the reference gives no rule naming the court, so it has no default and a
 * decision names it only once it is set.
 */
@Service
public class RemedyBodies {

	/** The setting of a body: the 复议机关 (whether it is the default) and the court, if set. */
	public record Setting(long organizationId, String reconsiderationBody, boolean reconsiderationBodyDefault,
			String defaultReconsiderationBody, @Nullable String court, boolean courtSet) {
	}

	/** What the head sets; a blank 复议机关 returns to the default. */
	public record Change(@Nullable String reconsiderationBody, @Nullable String court) {
	}

	private final JdbcClient jdbc;

	private final Organizations organizations;

	private final Regions regions;

	private final Clock clock;

	RemedyBodies(JdbcClient jdbc, Organizations organizations, Regions regions, Clock clock) {
		this.jdbc = jdbc;
		this.organizations = organizations;
		this.regions = regions;
		this.clock = clock;
	}

	/** The body's setting. */
	@Transactional(readOnly = true)
	public Setting of(long organizationId) {
		String fallback = defaultReconsiderationBody(organizationId);
		Optional<Row> row = jdbc.sql("select reconsideration_body, court from casehandling_remedy_body where organization_id = ?")
			.param(organizationId)
			.query((rs, n) -> new Row(rs.getString(1), rs.getString(2)))
			.optional();
		String body = row.map(Row::reconsiderationBody).filter(s -> !s.isBlank()).orElse(null);
		String court = row.map(Row::court).filter(s -> !s.isBlank()).orElse(null);
		return new Setting(organizationId, body == null ? fallback : body, body == null, fallback, court, court != null);
	}

	/** Sets the caller's own body's setting: only its head (局长) may. */
	@Transactional
	public Setting set(Change change, ScopedPrincipal caller) {
		if (!CaseProcedure.hasAuthority("ROLE_BUREAU_HEAD")) {
			throw new CaseViolation(CaseViolation.FORBIDDEN, "case.remedy-bodies-head-only", List.of());
		}
		String body = trimmed(change.reconsiderationBody());
		String court = trimmed(change.court());
		for (String name : new String[] { body, court }) {
			if (name != null && name.length() > 100) {
				throw new CaseViolation(CaseViolation.BAD_REQUEST, "case.remedy-body-too-long", List.of(), 100);
			}
		}
		jdbc.sql("""
				insert into casehandling_remedy_body (organization_id, reconsideration_body, court, updated_by, updated_at)
				values (?, ?, ?, ?, ?)
				on conflict (organization_id) do update set reconsideration_body = excluded.reconsideration_body,
				    court = excluded.court, updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
			.params(caller.organizationId(), body, court, caller.accountId(), OffsetDateTime.now(clock))
			.update();
		return of(caller.organizationId());
	}

	/**
	 * The people's government at the level 行政复议法 §24 gives: that of the division the body sits in when it sits at
	 * county level or above (its own government, for a department of it); the county's for a township or village seat
	 * (a township government or a 街道 is reviewed by the government one level up).
	 */
	public String defaultReconsiderationBody(long organizationId) {
		Organization body = organizations.find(new OrganizationId(organizationId)).orElseThrow();
		DivisionCode seat = body.seat();
		while (seat.level().ordinal() > DivisionLevel.COUNTY.ordinal()) {
			seat = seat.parent().orElseThrow();
		}
		Division division = regions.find(seat).orElse(null);
		return (division == null ? seat.value() : division.name()) + "人民政府";
	}

	private static @Nullable String trimmed(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	private record Row(@Nullable String reconsiderationBody, @Nullable String court) {
	}
}
