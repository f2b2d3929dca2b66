package cn.oneteam.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.oneteam.organization.PeopleRepository.StaffingCounts;
import cn.oneteam.region.Division;
import cn.oneteam.region.Regions;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.DivisionLevel;
import cn.oneteam.shared.JurisdictionScope;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 编制与队伍统计: the figures the reform reports, computed from people, posts and teams on any day. */
@Service
@Transactional(readOnly = true)
public class Staffing {

	/** At most this many authorised posts of one kind for one body; the page and the API share the bound. */
	public static final int MAX_POSTS = 100_000;

	private final Organizations organizations;

	private final PeopleRepository people;

	private final Regions regions;

	Staffing(Organizations organizations, PeopleRepository people, Regions regions) {
		this.organizations = organizations;
		this.people = people;
		this.regions = regions;
	}

	/** Sets a body's authorised posts (编制) of one kind, 0 to {@link #MAX_POSTS}. */
	@Transactional
	@PreAuthorize("hasAuthority('personnel:manage')")
	public void authorisePosts(OrganizationId body, PostKind kind, int posts, JurisdictionScope scope) {
		if (posts < 0 || posts > MAX_POSTS) {
			throw new OrganizationViolation(OrganizationViolation.BAD_REQUEST, "staffing.posts-out-of-range", posts,
					MAX_POSTS);
		}
		organizations.requireWithin(body, scope);
		people.setQuota(body.value(), kind, posts);
	}

	/** Sets a body's authorised posts (编制) of every kind at once; a kind left out keeps its figure. */
	@Transactional
	@PreAuthorize("hasAuthority('personnel:manage')")
	public Map<PostKind, Integer> authorisePosts(OrganizationId body, Map<PostKind, Integer> posts,
			JurisdictionScope scope) {
		posts.forEach((kind, count) -> authorisePosts(body, kind, count, scope));
		return authorisedPosts(body, scope);
	}

	/** A body's authorised posts by kind; a kind never set counts 0. */
	public Map<PostKind, Integer> authorisedPosts(OrganizationId body, JurisdictionScope scope) {
		organizations.requireWithin(body, scope);
		Map<PostKind, Integer> posts = new java.util.EnumMap<>(PostKind.class);
		for (PostKind kind : PostKind.values()) {
			posts.put(kind, 0);
		}
		posts.putAll(people.quotas(body.value()));
		return posts;
	}

	/** Forms a brigade, squad, or a group stationed in one of the body's townships. */
	@Transactional
	@PreAuthorize("hasAuthority('personnel:manage')")
	public Team formTeam(OrganizationId body, String name, TeamKind kind, @Nullable DivisionCode township,
			JurisdictionScope scope) {
		Organization organization = organizations.requireWithin(body, scope);
		if ((kind == TeamKind.STATIONED_GROUP) != (township != null)) {
			throw new OrganizationViolation(OrganizationViolation.BAD_REQUEST, "team.township-mismatch", kind);
		}
		if (township != null && !(regions.require(township).level() == DivisionLevel.TOWNSHIP
				&& organization.territory().stream().anyMatch(township::isWithin))) {
			throw new OrganizationViolation(OrganizationViolation.UNPROCESSABLE, "team.township-outside-territory",
					township);
		}
		if (people.teams(body.value()).stream().anyMatch(t -> t.name().equals(name))) {
			// the roster names a person's team by its name (docs/adr/0048-onboarding-a-county.md)
			throw new OrganizationViolation(OrganizationViolation.CONFLICT, "onboard.team-name-taken", name);
		}
		long id = people.insertTeam(body.value(), name, kind, township == null ? null : township.value());
		return people.teams(body.value()).stream().filter(t -> t.id() == id).findFirst().orElseThrow();
	}

	/** Figures of the enforcement bureaus seated in the area and inside the caller's jurisdiction. */
	public StaffingReport report(DivisionCode area, LocalDate day, JurisdictionScope scope) {
		Division division = regions.require(area);
		List<Organization> bodies = organizations.visibleIn(scope)
			.stream()
			.filter(o -> o.kind() == OrganizationKind.ENFORCEMENT_BUREAU && o.seat().isWithin(area) && o.isWithin(scope))
			.toList();
		Map<Long, Organization> byId = new LinkedHashMap<>();
		bodies.forEach(o -> byId.put(o.id().value(), o));
		List<StaffingReport.Line> lines = new ArrayList<>();
		Map<String, StaffingFigures> perCounty = new LinkedHashMap<>();
		for (StaffingCounts counts : people.staffingCounts(List.copyOf(byId.keySet()), day)) {
			Organization body = byId.get(counts.organizationId());
			StaffingFigures figures = figures(counts);
			lines.add(new StaffingReport.Line(body.code(), body.name(), figures));
			perCounty.merge(countyOf(body.seat()), figures, StaffingFigures::plus);
		}
		List<StaffingReport.Line> counties = perCounty.entrySet()
			.stream()
			.map(e -> new StaffingReport.Line(e.getKey(), regions.require(DivisionCode.of(e.getKey())).name(),
					e.getValue()))
			.toList();
		StaffingFigures total = lines.stream().map(StaffingReport.Line::figures)
			.reduce(StaffingFigures.NONE, StaffingFigures::plus);
		return new StaffingReport(area, division.name(), day, lines, counties, total);
	}

	private static String countyOf(DivisionCode seat) {
		return seat.value().length() >= 6 ? seat.value().substring(0, 6) : seat.value();
	}

	private static StaffingFigures figures(StaffingCounts c) {
		return new StaffingFigures(c.authorised(), c.filled(), c.certified(), c.auxiliaries(), c.gridWorkers(),
				c.stationed(), c.legalReviewers(), c.stationedGroups(), c.teamsBefore(), c.teamsAfter());
	}
}
