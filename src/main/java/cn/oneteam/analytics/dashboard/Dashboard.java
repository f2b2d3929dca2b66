package cn.oneteam.analytics.dashboard;

import java.time.LocalDate;
import java.util.List;

import cn.oneteam.organization.StaffingFigures;
import org.jspecify.annotations.Nullable;

/**
 * A dashboard for a division and period (Beijing days, both inclusive): the whole, its child divisions and its bodies
 * with their figures, the fair rankings, and the staffing on the last day for the leader and the bureau head
 * (docs/adr/0050-dashboards-and-projections.md).
 *
 * @param path the divisions from the top of the viewer's jurisdiction down to this one, for the way back up
 * @param body the body the figures are limited to (the bureau head's own), none for the whole division
 */
public record Dashboard(DashboardRole role, String division, String divisionName, List<Place> path, LocalDate from,
		LocalDate to, @Nullable Long body, Figures total, List<Line> children, List<Line> bodies,
		List<Ranking> rankings, @Nullable StaffingFigures staffing) {

	/** Every figure limited to the measures the role may see ("Who sees what"), whatever the caller built. */
	public Dashboard {
		total = total.shownTo(role);
		children = children.stream().map(l -> l.shownTo(role)).toList();
		bodies = bodies.stream().map(l -> l.shownTo(role)).toList();
		rankings = rankings.stream().filter(r -> Figures.computedFrom(r.indicator(), role.measures())).toList();
	}

	/**
	 * False above a county, where the bodies are only ranked (a prefecture's) or not at all (a province's), not listed
	 * (docs/adr/0050-dashboards-and-projections.md, "Reading a dashboard: above a county").
	 */
	public boolean listsBodies() {
		return body != null || division.length() > 4;
	}

	/** A division on the way up. */
	public record Place(String code, String name) {
	}

	/**
	 * A child division ({@code division} its code, to drill down to) or a body ({@code bodyId}; 0: events not yet
	 * dispatched to any).
	 */
	public record Line(String name, @Nullable String division, @Nullable Long bodyId, Figures figures) {

		Line shownTo(DashboardRole role) {
			return new Line(name, division, bodyId, figures.shownTo(role));
		}
	}

	/**
	 * A fair ranking: the lines whose sample reaches {@code minSample} ranked by their rate (equal rates share a rank),
	 * the others apart as too small a sample.
	 */
	public record Ranking(String indicator, String over, int minSample, List<Ranked> ranked, List<Ranked> tooSmall) {
	}

	/** A ranked line: its rank (0 when not ranked), name, division or body, and its rate with the sample. */
	public record Ranked(int rank, String name, @Nullable String division, @Nullable Long bodyId, Figures.Rate rate) {
	}
}
