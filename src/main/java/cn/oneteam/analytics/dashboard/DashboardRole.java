package cn.oneteam.analytics.dashboard;

import java.util.Arrays;
import java.util.Set;

import cn.oneteam.shared.RuleViolation;

/**
 * The four dashboards and who may open each (docs/adr/0050-dashboards-and-projections.md): the leader's whole picture
 * ({@code dashboard:view}), the supervisor's timeliness and departments ({@code supervision:review}), the bureau head's
 * own body (a {@code BUREAU_HEAD} with {@code dashboard:view}) and the dispatcher's events and whistles
 * ({@code event:dispatch}).
 */
public enum DashboardRole {

	LEADER("leader"), SUPERVISOR("supervisor"), HEAD("head"), DISPATCHER("dispatcher");

	private final String slug;

	DashboardRole(String slug) {
		this.slug = slug;
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
