package cn.oneteam.inspection.burden;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.oneteam.credit.Credit;
import cn.oneteam.credit.CreditClassOfSubject;
import cn.oneteam.organization.Organization;
import cn.oneteam.organization.OrganizationId;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.subject.quiet.QuietPeriods;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The burden of inspections on companies and the repeat-visit alerts, for staff holding {@code case:read}, over the
 * subjects of the caller's jurisdiction or of a division inside it (docs/adr/0031-inspection-burden.md).
 */
@Service
@EnableConfigurationProperties(BurdenSettings.class)
public class InspectionBurden {

	private final BurdenRepository repository;

	private final Credit credit;

	private final QuietPeriods quiet;

	private final Organizations organizations;

	private final BurdenSettings settings;

	InspectionBurden(BurdenRepository repository, Credit credit, QuietPeriods quiet, Organizations organizations,
			BurdenSettings settings) {
		this.repository = repository;
		this.credit = credit;
		this.quiet = quiet;
		this.organizations = organizations;
		this.settings = settings;
	}

	/** The figures of a year; 400 inspection.burden-year, 403 inspection.division-outside-jurisdiction. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('case:read')")
	public BurdenFigures figures(int year, @Nullable String division, ScopedPrincipal caller) {
		JurisdictionScope scope = scope(year, division, caller);
		List<Long> active = credit.classesIn(scope).stream().map(CreditClassOfSubject::subjectId).toList();
		return BurdenCalculation.figures(year, division, repository.visits(year, LocalDate.of(year, 12, 31), scope),
				active, departments(Organization::name));
	}

	/** Visits, their parts and the visits saved by merging, as {@link BurdenFigures} counts them. */
	public record Merging(int visits, int parts, int savedByMerging) {
	}

	/**
	 * The visits of a division from 1 January of the day's year to the day against their parts, for the reform report's
	 * inspections before and after merging (docs/adr/0051-reform-report.md): counts only, no subject. The reform report's
	 * readers may ask (docs/adr/0009-who-may-do-what.md: one gate per public service method); the division is checked
	 * against their jurisdiction by the report.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyAuthority('dashboard:view', 'supervision:review')")
	public Merging merging(DivisionCode division, LocalDate day) {
		BurdenFigures f = BurdenCalculation.figures(day.getYear(), division.value(),
				repository.visits(day.getYear(), day, JurisdictionScope.of(List.of(division))), List.of(), id -> "");
		return new Merging(f.visits(), f.parts(), f.savedByMerging());
	}

	/** The alerts of a year; the same refusals as {@link #figures}. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('case:read')")
	public RepeatVisitAlerts alerts(int year, @Nullable String division, ScopedPrincipal caller) {
		JurisdictionScope scope = scope(year, division, caller);
		List<BurdenRow> rows = repository.visits(year, LocalDate.of(year, 12, 31), scope);
		Function<Long, String> names = departments(Organization::name);
		return new RepeatVisitAlerts(year, division, settings.repeatVisitThreshold(), settings.unmergedVisitDays(),
				BurdenCalculation.repeatVisits(rows, quiet.caps(year), departments(Organization::code), names,
						settings.repeatVisitThreshold()),
				BurdenCalculation.unmerged(rows, names, settings.unmergedVisitDays()));
	}

	/** The caller's jurisdiction, or the division when given and inside it. */
	private static JurisdictionScope scope(int year, @Nullable String division, ScopedPrincipal caller) {
		if (year < 2000 || year > 2100) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "inspection.burden-year", year);
		}
		if (division == null || division.isBlank()) {
			return caller.jurisdiction();
		}
		DivisionCode code = DivisionCode.of(division);
		if (!caller.jurisdiction().covers(code)) {
			throw new RuleViolation(RuleViolation.FORBIDDEN, "inspection.division-outside-jurisdiction", code.value());
		}
		return JurisdictionScope.of(List.of(code));
	}

	/** Department id to one of its attributes, looked up once per department. */
	private Function<Long, String> departments(Function<Organization, String> attribute) {
		Map<Long, String> known = new HashMap<>();
		return id -> known.computeIfAbsent(id, d -> organizations.find(new OrganizationId(d)).map(attribute)
			.orElse(String.valueOf(d)));
	}
}
