package cn.oneteam.casehandling.general;

import cn.oneteam.casehandling.CaseViolation;
import cn.oneteam.casehandling.file.CaseFile;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import cn.oneteam.catalog.Catalog;
import cn.oneteam.catalog.PenaltyKind;
import cn.oneteam.shared.EnforcementDomain;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.shared.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 听证"较大数额": the fine or confiscated value from which a hearing must be offered (处罚法 §63). The law leaves it to
 * departments and provinces (docs/legal/procedure.md#hearing-threshold), so each body sets it per domain; where it set none the deployment's
 * default applies — the public-security figures 2,000 / 10,000 yuan (公安程序规定 §123, the lowest verified ones).
 */
@Service
public class HearingThresholds {

	/** The largest threshold accepted, a sanity bound (numeric(14,2)). */
	static final BigDecimal MAX = new BigDecimal("1000000000");

	private final JdbcClient jdbc;

	private final Catalog catalog;

	private final Clock clock;

	private final HearingScope.Thresholds defaults;

	private final boolean individualBusinessAsCitizen;

	HearingThresholds(JdbcClient jdbc, Catalog catalog, Clock clock,
			@Value("${oneteam.case.hearing.natural-person:2000}") BigDecimal naturalPerson,
			@Value("${oneteam.case.hearing.organisation:10000}") BigDecimal organisation,
			@Value("${oneteam.case.individual-business-as-citizen:true}") boolean individualBusinessAsCitizen) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.clock = clock;
		this.defaults = new HearingScope.Thresholds(naturalPerson, organisation);
		this.individualBusinessAsCitizen = individualBusinessAsCitizen;
	}

	/** Whether the penalty, decided in the case, carries the right to a hearing (处罚法 §63) at the case's body. */
	boolean inScope(CaseFile c, Set<PenaltyKind> kinds, @Nullable BigDecimal fine) {
		return HearingScope.applies(kinds, fine, c.confiscatedValue(), c.partyKind, individualBusinessAsCitizen, forCase(c));
	}

	/** The thresholds for the case's body and its matter's domain. */
	HearingScope.Thresholds forCase(CaseFile c) {
		return of(c.actingOrgId, catalog.require(c.matterCode).domain());
	}

	private HearingScope.Thresholds of(long organizationId, EnforcementDomain domain) {
		return jdbc.sql("select natural_person, organisation from hearing_threshold where organization_id = ? and domain = ?")
			.params(organizationId, domain.name())
			.query((rs, n) -> new HearingScope.Thresholds(rs.getBigDecimal("natural_person"), rs.getBigDecimal("organisation")))
			.optional()
			.orElse(defaults);
	}

	/** Every domain's thresholds at the caller's body. */
	@Transactional(readOnly = true)
	public Map<EnforcementDomain, Threshold> atMyBody(ScopedPrincipal caller) {
		Map<EnforcementDomain, Threshold> all = new TreeMap<>();
		for (EnforcementDomain domain : EnforcementDomain.values()) {
			HearingScope.Thresholds t = of(caller.organizationId(), domain);
			all.put(domain, new Threshold(t.naturalPerson(), t.organisation(), t.equals(defaults)));
		}
		return all;
	}

	/** The head sets the body's thresholds for a domain; null amounts return the domain to the default. */
	@Transactional
	@PreAuthorize("hasRole('BUREAU_HEAD')")
	public Map<EnforcementDomain, Threshold> set(EnforcementDomain domain, BigDecimal naturalPerson,
			BigDecimal organisation, ScopedPrincipal caller) {
		for (BigDecimal amount : List.of(naturalPerson, organisation)) {
			if (amount.signum() <= 0 || amount.compareTo(MAX) > 0 || amount.stripTrailingZeros().scale() > 2) {
				throw new CaseViolation(CaseViolation.BAD_REQUEST, "case.hearing-threshold-invalid", List.of(),
						amount.toPlainString());
			}
		}
		jdbc.sql("""
				insert into hearing_threshold (organization_id, domain, natural_person, organisation) values (?, ?, ?, ?)
				on conflict (organization_id, domain) do update set natural_person = excluded.natural_person,
				  organisation = excluded.organisation""")
			.params(caller.organizationId(), domain.name(), naturalPerson, organisation)
			.update();
		return atMyBody(caller);
	}

	@Transactional
	@PreAuthorize("hasRole('BUREAU_HEAD')")
	public Map<EnforcementDomain, Threshold> reset(EnforcementDomain domain, ScopedPrincipal caller) {
		jdbc.sql("delete from hearing_threshold where organization_id = ? and domain = ?")
			.params(caller.organizationId(), domain.name())
			.update();
		return atMyBody(caller);
	}

	/** A domain's thresholds in yuan, and whether they are the default. */
	public record Threshold(@Money BigDecimal naturalPerson, @Money BigDecimal organisation, boolean isDefault) {
	}
}
