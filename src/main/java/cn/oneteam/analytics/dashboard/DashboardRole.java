package cn.oneteam.analytics.dashboard;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import cn.oneteam.shared.RuleViolation;

/**
 * The four dashboards and who may open each (docs/adr/0050-dashboards-and-projections.md): the leader's whole picture
 * ({@code dashboard:view}), the supervisor's timeliness and departments ({@code supervision:review}), the bureau head's
 * own body (a {@code BUREAU_HEAD} with {@code dashboard:view}) and the dispatcher's events and whistles
 * ({@code event:dispatch}). Each sees its own measures only ({@link #measures}): the JSON and the page are built from
 * them, so another role's figures never leave the server.
 */
public enum DashboardRole {

	LEADER("leader"), SUPERVISOR("supervisor"), HEAD("head"), DISPATCHER("dispatcher");

	/** The measures of the cases' timeliness (filing, decision, payment). */
	private static final Set<String> CASE_CLOCKS = Set.of("case.filing", "case.decision", "case.payment");

	/** The cases themselves: stage, domain, procedure. */
	private static final Set<String> CASES = Set.of("case", "case.domain", "case.procedure");

	private static final Set<String> FINES = Set.of("fine.decided", "fine.collected");

	/** The events' clocks. */
	private static final Set<String> EVENT_CLOCKS = Set.of("event.dispatch", "event.arrival", "event.reply");

	/** The events by channel and the reporters' verdicts. */
	private static final Set<String> EVENTS = Set.of("event.channel", "event.satisfaction", "event.reopened");

	private static final Set<String> WHISTLES = Set.of("whistle.summons", "whistle.report", "whistle.arrival",
			"whistle.result", "whistle.rating");

	private static final Set<String> INSPECTIONS = Set.of("inspection.visit", "inspection.kind", "inspection.outcome");

	private final String slug;

	DashboardRole(String slug) {
		this.slug = slug;
	}

	/**
	 * The measures this dashboard shows (docs/adr/0050-dashboards-and-projections.md, "Who sees what"): the leader all;
	 * the supervisor the timeliness of cases, events and whistles, the departments' ratings and the inspections, no
	 * case counts, fines or reporters' verdicts; the bureau head his cases, their timeliness and fines; the dispatcher
	 * the events and the whistles.
	 */
	Set<String> measures() {
		return switch (this) {
			case LEADER -> union(CASES, CASE_CLOCKS, FINES, EVENTS, EVENT_CLOCKS, WHISTLES, INSPECTIONS);
			case SUPERVISOR -> union(CASE_CLOCKS, EVENT_CLOCKS, WHISTLES, INSPECTIONS);
			case HEAD -> union(CASES, CASE_CLOCKS, FINES);
			case DISPATCHER -> union(EVENTS, EVENT_CLOCKS, WHISTLES);
		};
	}

	@SafeVarargs
	private static Set<String> union(Set<String>... sets) {
		return Arrays.stream(sets).flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());
	}

	public String slug() {
		return slug;
	}

	/** The dashboard of this path segment; 404 {@code dashboard.role-unknown} otherwise. */
	static DashboardRole of(String slug) {
		return Arrays.stream(values())
			.filter(r -> r.slug.equals(slug))
			.findFirst()
			.orElseThrow(() -> new RuleViolation(RuleViolation.NOT_FOUND, "dashboard.role-unknown", slug));
	}

	/** True when a holder of these authorities may open this dashboard. */
	boolean permits(Set<String> authorities) {
		return switch (this) {
			case LEADER -> authorities.contains("dashboard:view");
			case SUPERVISOR -> authorities.contains("supervision:review");
			case HEAD -> authorities.contains("ROLE_BUREAU_HEAD") && authorities.contains("dashboard:view");
			case DISPATCHER -> authorities.contains("event:dispatch");
		};
	}
}
