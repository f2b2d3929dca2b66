package cn.oneteam.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.oneteam.catalog.Catalog;
import cn.oneteam.organization.BodyQualification;
import cn.oneteam.organization.BodyQualifications;
import cn.oneteam.organization.BodyQualifications.Announced;
import cn.oneteam.organization.BodyQualifications.BodyStanding;
import cn.oneteam.organization.NewBodyQualification;
import cn.oneteam.organization.Organization;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervisor's side of enforcement bodies' qualification (docs/adr/0037-enforcement-bodies-qualification.md): the
 * matters of a confirmation checked against the catalogue, then confirmed, announced or revoked through
 * {@code organization}'s {@link BodyQualifications}, which keeps the records.
 */
@Service
public class Qualifications {

	private final BodyQualifications qualifications;

	private final Catalog catalog;

	private final Clock clock;

	Qualifications(BodyQualifications qualifications, Catalog catalog, Clock clock) {
		this.qualifications = qualifications;
		this.catalog = catalog;
		this.clock = clock;
	}

	/** Confirms a body for a year; a matter code not in the catalogue is 400 {@code supervision.qualification-matter-unknown}. */
	@Transactional
	@PreAuthorize("hasAuthority('supervision:review')")
	public BodyQualification confirm(NewBodyQualification confirmation, ScopedPrincipal caller) {
		if (!confirmation.allMatters() && confirmation.matters() != null) {
			for (String code : confirmation.matters()) {
				if (code != null && !code.isBlank() && catalog.find(code.strip()).isEmpty()) {
					throw new RuleViolation(RuleViolation.BAD_REQUEST, "supervision.qualification-matter-unknown",
							code.strip());
				}
			}
		}
		return qualifications.confirm(confirmation, caller);
	}

	@Transactional
	@PreAuthorize("hasAuthority('supervision:review')")
	public BodyQualification publish(long id, ScopedPrincipal caller) {
		return qualifications.publish(id, caller);
	}

	@Transactional
	@PreAuthorize("hasAuthority('supervision:review')")
	public BodyQualification revoke(long id, @Nullable String reason, ScopedPrincipal caller) {
		return qualifications.revoke(id, reason, caller);
	}

	/** The enforcement bodies seated in the caller's jurisdiction with their standing today. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('supervision:review')")
	public List<BodyStanding> overview(ScopedPrincipal caller) {
		return qualifications.overview(caller);
	}

	/** The bodies the caller may confirm, by name. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('supervision:review')")
	public List<Organization> bodies(ScopedPrincipal caller) {
		return qualifications.bodiesOf(caller.jurisdiction());
	}

	/** The year in China today: the public list's default. */
	public int currentYear() {
		return LocalDate.now(clock.withZone(ChinaTime.ZONE)).getYear();
	}

	public int expiringDays() {
		return qualifications.expiringDays();
	}

	/** The public list: announced confirmations of the year, in force, of bodies seated in the division. */
	@Transactional(readOnly = true)
	public List<Announced> announced(@Nullable String division, @Nullable Integer year) {
		// a malformed division is 400 division.code-malformed
		DivisionCode code = division == null || division.isBlank() ? null : DivisionCode.of(division);
		return qualifications.announced(code, year == null ? currentYear() : year);
	}
}
