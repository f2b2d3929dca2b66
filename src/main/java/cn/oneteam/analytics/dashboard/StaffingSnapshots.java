package cn.oneteam.analytics.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.oneteam.organization.Staffing;
import cn.oneteam.organization.StaffingFigures;
import cn.oneteam.organization.StaffingReport;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.JurisdictionScope;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The staffing a dashboard shows on its last day, counted at most once per {@code oneteam.analytics.staffing-fresh}
 * (default a minute) for a division, day and jurisdiction (docs/adr/0050-dashboards-and-projections.md, "Staffing on
 * the dashboards"): counting a province's 10^5 people on every view cost more than all its other figures together,
 * and posts and people change a few times a day. The last 256 answers are kept, each the division's total and its
 * bodies' lines only.
 */
@Component
class StaffingSnapshots {

	private static final int KEPT = 256;

	private record Key(DivisionCode area, LocalDate day, boolean nationwide, List<String> jurisdiction) {
	}

	/** The division's total and each body's line by its code: what the dashboards show, not the whole report. */
	private record Snapshot(StaffingFigures total, Map<String, StaffingFigures> bodies, Instant counted) {
	}

	private final Staffing staffing;

	private final Clock clock;

	private final Duration fresh;

	private final Map<Key, Snapshot> snapshots = new LinkedHashMap<>(KEPT, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, Snapshot> eldest) {
			return size() > KEPT;
		}
	};

	StaffingSnapshots(Staffing staffing, Clock clock,
			@Value("${oneteam.analytics.staffing-fresh:PT1M}") Duration fresh) {
		this.staffing = staffing;
		this.clock = clock;
		this.fresh = fresh;
	}

	/**
	 * The staffing of the division on the day as the jurisdiction sees it, at most {@code fresh} old: its total, or
	 * the line of one body (by its code; none when the body is not counted there).
	 */
	@Nullable
	StaffingFigures figures(DivisionCode area, LocalDate day, JurisdictionScope scope, @Nullable String bodyCode) {
		Key key = new Key(area, day, scope.isNationwide(), scope.codes().stream().sorted().toList());
		Instant now = clock.instant();
		Snapshot snapshot;
		synchronized (snapshots) {
			snapshot = snapshots.get(key);
		}
		if (snapshot == null || !snapshot.counted().plus(fresh).isAfter(now)) {
			StaffingReport report = staffing.report(area, day, scope);
			Map<String, StaffingFigures> bodies = new HashMap<>();
			report.bodies().forEach(line -> bodies.put(line.code(), line.figures()));
			snapshot = new Snapshot(report.total(), bodies, now);
			synchronized (snapshots) {
				snapshots.put(key, snapshot);
			}
		}
		return bodyCode == null ? snapshot.total() : snapshot.bodies().get(bodyCode);
	}
}
