package cn.oneteam.analytics.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

import cn.oneteam.analytics.report.ReformReport.Figure;
import cn.oneteam.analytics.report.ReformReport.Section;
import cn.oneteam.casehandling.PenaltyStatistics;
import cn.oneteam.catalog.Boundary;
import cn.oneteam.catalog.Catalog;
import cn.oneteam.catalog.EnforcementMode;
import cn.oneteam.catalog.Matter;
import cn.oneteam.inspection.InspectionStatistics;
import cn.oneteam.inspection.burden.InspectionBurden;
import cn.oneteam.organization.FormerTeam;
import cn.oneteam.organization.FormerTeams;
import cn.oneteam.organization.Organization;
import cn.oneteam.organization.OrganizationKind;
import cn.oneteam.organization.Organizations;
import cn.oneteam.organization.Staffing;
import cn.oneteam.organization.StaffingFigures;
import cn.oneteam.region.Regions;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.whistle.OnTimeRate;
import cn.oneteam.whistle.ResponderRatingFigures;
import cn.oneteam.whistle.Scores;
import cn.oneteam.whistle.WhistleScores;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the reform report of a division and year from the modules' records, through their query services; nothing
 * is stored or typed in. Each figure's definition is docs/adr/0051-reform-report.md.
 */
@Service
class ReformReports {

	static final String WHO = "hasAnyAuthority('dashboard:view', 'supervision:review')";

	private final Regions regions;

	private final Organizations organizations;

	private final Staffing staffing;

	private final FormerTeams formerTeams;

	private final Catalog catalog;

	private final PenaltyStatistics cases;

	private final InspectionBurden burden;

	private final InspectionStatistics inspections;

	private final WhistleScores whistles;

	private final ResponderRatingFigures ratings;

	private final Clock clock;

	private final int stationedTarget;

	/**
	 * @param stationedTarget the share of establishment staff stationed in townships the reform aims at, in percent
	 * ({@code oneteam.reform.stationed-target}, 60 by default: the seeds' target, no statute we hold sets it)
	 */
	ReformReports(Regions regions, Organizations organizations, Staffing staffing, FormerTeams formerTeams,
			Catalog catalog, PenaltyStatistics cases, InspectionBurden burden, InspectionStatistics inspections,
			WhistleScores whistles, ResponderRatingFigures ratings, Clock clock,
			@Value("${oneteam.reform.stationed-target:60}") int stationedTarget) {
		this.regions = regions;
		this.organizations = organizations;
		this.staffing = staffing;
		this.formerTeams = formerTeams;
		this.catalog = catalog;
		this.cases = cases;
		this.burden = burden;
		this.inspections = inspections;
		this.whistles = whistles;
		this.ratings = ratings;
		this.clock = clock;
		this.stationedTarget = stationedTarget;
	}

	/** The report; 400 reform.year-out-of-range, 403 reform.division-outside-jurisdiction, 404 for an unknown division. */
	@Transactional(readOnly = true)
	@PreAuthorize(WHO)
	public ReformReport report(String division, int year, ScopedPrincipal caller) {
		LocalDate today = LocalDate.now(clock);
		if (year < 2000 || year > today.getYear()) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "reform.year-out-of-range", year, today.getYear());
		}
		DivisionCode area = DivisionCode.of(division);
		String name = regions.require(area).name();
		if (!caller.jurisdiction().covers(area)) {
			throw new RuleViolation(RuleViolation.FORBIDDEN, "reform.division-outside-jurisdiction", area.value());
		}
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate day = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
		JurisdictionScope scope = JurisdictionScope.of(List.of(area));
		List<Organization> bodies = organizations.visibleIn(scope).stream().filter(o -> o.seat().isWithin(area)).toList();
		List<Long> bureaus = ids(bodies, o -> o.kind() == OrganizationKind.ENFORCEMENT_BUREAU);
		ScopedPrincipal inArea = new AreaPrincipal(caller, scope);
		List<Section> sections = List.of(staffing(area, day, scope), teams(bureaus, day),
				matters(area, day, bodies, scope), empowerment(area, day, scope),
				cases(ids(bodies, o -> true), from, day), inspections(area, ids(bodies, o -> true), from, day),
				whistles(from, day, inArea), assessment(bodies));
		return new ReformReport(area.value(), name, year, day, today, sections);
	}

	/**
	 * Who was in post and whose certificate was valid are dated, and counted on the day; the authorised posts and each
	 * person's category, post kind and team are as recorded now (no history: the report says so).
	 */
	private Section staffing(DivisionCode area, LocalDate day, JurisdictionScope scope) {
		StaffingFigures f = staffing.report(area, day, scope).total();
		return new Section("staffing", List.of(Figure.count("posts.authorised", f.authorised()),
				Figure.count("posts.filled", f.filled()), Figure.count("posts.vacant", f.vacant()),
				Figure.rate("posts.vacancy-rate", f.vacancyRate()), Figure.count("officers.certified", f.certifiedOfficers()),
				Figure.count("auxiliaries", f.auxiliaries()), Figure.rate("auxiliaries.ratio", f.auxiliaryRatio()),
				Figure.count("stationed", f.stationed()), Figure.rate("stationed.share", f.stationedShare()),
				Figure.count("stationed.target", stationedTarget)));
	}

	private Section teams(List<Long> bureaus, LocalDate day) {
		List<FormerTeam> former = formerTeams.mergedInto(bureaus, day);
		Set<Long> absorbing = new TreeSet<>();
		former.forEach(t -> absorbing.add(t.body().value()));
		int before = former.size();
		return new Section("teams", List.of(Figure.count("teams.before", before),
				Figure.count("teams.former-people", former.stream().mapToInt(FormerTeam::people).sum()),
				Figure.count("teams.after", absorbing.size()),
				Figure.rate("teams.consolidation", ReformReport.percent(before - absorbing.size(), before)),
				Figure.count("teams.bureaus", bureaus.size()), Figure.count("teams.units", formerTeams.teamsOf(bureaus))));
	}

	/**
	 * Matters in force on the day whose responsibility boundary in force, over a territory in the division or
	 * containing it, names a comprehensive bureau seated in the division as the enforcing body; those kept by departments
	 * are the matters with such a boundary naming a department seated in the division and none naming a bureau.
	 */
	private Section matters(DivisionCode area, LocalDate day, List<Organization> bodies, JurisdictionScope scope) {
		Set<Long> bureaus = Set.copyOf(ids(bodies, o -> o.kind() == OrganizationKind.ENFORCEMENT_BUREAU));
		Set<Long> departments = Set.copyOf(ids(bodies, o -> o.kind() == OrganizationKind.DEPARTMENT));
		Set<String> moved = new TreeSet<>();
		Set<String> kept = new TreeSet<>();
		for (Boundary b : catalog.boundaries(area, scope)) {
			if (b.inForceOn(day)) {
				if (bureaus.contains(b.enforcingOrgId())) {
					moved.add(b.matterCode());
				}
				else if (departments.contains(b.enforcingOrgId())) {
					kept.add(b.matterCode());
				}
			}
		}
		Map<String, Long> byDomain = new TreeMap<>();
		Set<String> inForce = new TreeSet<>();
		for (Matter m : catalog.matters()) {
			if (m.versionOn(day).isPresent()) {
				inForce.add(m.code());
				if (moved.contains(m.code())) {
					byDomain.merge(m.domain().name(), 1L, Long::sum);
				}
			}
		}
		moved.retainAll(inForce);
		kept.retainAll(inForce);
		kept.removeAll(moved);
		List<Figure> figures = new ArrayList<>(List.of(Figure.count("matters.moved", moved.size()),
				Figure.count("matters.kept", kept.size())));
		byDomain.forEach((domain, n) -> figures.add(Figure.of("matters.moved.domain", domain, n)));
		return new Section("matters", figures);
	}

	/** Distinct matters per township of the division and mode, by the empowerment lists in force on the day. */
	private Section empowerment(DivisionCode area, LocalDate day, JurisdictionScope scope) {
		Map<String, Map<EnforcementMode, Set<String>>> perTownship = new TreeMap<>();
		catalog.empowerments(area, scope).stream().filter(e -> e.inForceOn(day)).forEach(e -> perTownship
			.computeIfAbsent(e.township().value(), t -> new TreeMap<>())
			.computeIfAbsent(e.mode(), m -> new TreeSet<>())
			.add(e.matterCode()));
		List<Figure> figures = new ArrayList<>();
		for (EnforcementMode mode : List.of(EnforcementMode.EMPOWERED, EnforcementMode.DELEGATED,
				EnforcementMode.STATIONED)) {
			figures.add(Figure.count("empowered." + mode.name(),
					perTownship.values().stream().mapToLong(m -> m.getOrDefault(mode, Set.of()).size()).sum()));
		}
		figures.add(Figure.count("empowered.townships", perTownship.size()));
		perTownship.forEach((township, modes) -> {
			String label = townshipLabel(DivisionCode.of(township));
			modes.forEach((mode, matters) -> figures.add(
					Figure.named("empowered.township." + mode.name(), township, label, matters.size())));
		});
		return new Section("empowerment", figures);
	}

	/** "county·township": several counties have a 城关镇, so a prefecture's or province's report needs the county. */
	private String townshipLabel(DivisionCode township) {
		String name = regions.require(township).name();
		return township.parent().map(county -> regions.require(county).name() + "·" + name).orElse(name);
	}

	private Section cases(List<Long> bodies, LocalDate from, LocalDate day) {
		long filed = 0;
		long simple = 0;
		long general = 0;
		for (PenaltyStatistics.Figures f : cases.figures(bodies, from, day).values()) {
			filed += f.casesFiled();
			simple += f.simpleDecisions();
			general += f.generalDecisions();
		}
		return new Section("cases", List.of(Figure.count("cases.simple", simple), Figure.count("cases.general", general),
				Figure.rate("cases.simple-share", ReformReport.percent(simple, simple + general)),
				Figure.count("cases.filed", filed)));
	}

	private Section inspections(DivisionCode area, List<Long> bodies, LocalDate from, LocalDate day) {
		InspectionBurden.Merging f = burden.merging(area, day);
		long joint = inspections.figures(bodies, from, day).values().stream()
			.mapToLong(InspectionStatistics.Figures::joint).sum();
		return new Section("inspections", List.of(Figure.count("inspections.before", f.parts()),
				Figure.count("inspections.after", f.visits()), Figure.count("inspections.saved", f.savedByMerging()),
				Figure.count("inspections.joint", joint)));
	}

	private Section whistles(LocalDate from, LocalDate day, ScopedPrincipal inArea) {
		Scores scores = whistles.scores(from, day, null, null, inArea);
		long raised = scores.townships().stream().mapToLong(Scores.TownshipRate::whistles).sum();
		return new Section("whistles", List.of(Figure.count("whistles.raised", raised),
				Figure.count("whistles.summoned", scores.departments().stream().mapToLong(Scores.DepartmentScore::summoned).sum()),
				Figure.rate("whistles.acknowledged", rate(scores, Scores.DepartmentScore::acknowledged)),
				Figure.rate("whistles.arrived", rate(scores, Scores.DepartmentScore::arrived)),
				Figure.rate("whistles.resolved", rate(scores, Scores.DepartmentScore::resolved))));
	}

	private static @Nullable BigDecimal rate(Scores scores, Function<Scores.DepartmentScore, OnTimeRate> clock) {
		long onTime = scores.departments().stream().map(clock).mapToLong(OnTimeRate::onTime).sum();
		long decided = scores.departments().stream().map(clock).mapToLong(OnTimeRate::decided).sum();
		return new OnTimeRate(onTime, decided).percent();
	}

	/** The weight of township ratings in the assessment of each kind of responder seated in the division. */
	private Section assessment(List<Organization> bodies) {
		Map<String, Integer> weights = new TreeMap<>();
		ratings.weights(bodies).values().stream().filter(w -> w.responderKind() != null)
			.forEach(w -> weights.put(w.responderKind(), w.percent()));
		List<Figure> figures = new ArrayList<>();
		weights.forEach((kind, percent) -> figures.add(Figure.count("assessment.weight." + kind, percent)));
		return new Section("assessment", figures);
	}

	private static List<Long> ids(Collection<Organization> bodies, Predicate<Organization> which) {
		return bodies.stream().filter(which).map(o -> o.id().value()).toList();
	}

	/** The caller narrowed to the division: the other modules' figures count only what lies in it. */
	private record AreaPrincipal(long accountId, String username, long organizationId, JurisdictionScope jurisdiction)
			implements ScopedPrincipal {

		AreaPrincipal(ScopedPrincipal caller, JurisdictionScope area) {
			this(caller.accountId(), caller.username(), 0L, area); // no own department: only what lies in the area
		}
	}
}
