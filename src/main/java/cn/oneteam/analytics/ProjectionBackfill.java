package cn.oneteam.analytics;

import java.util.Optional;

import cn.oneteam.platform.ScheduledScans;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fills the projections once on a deployment that had records before them (docs/adr/0050-dashboards-and-projections.md,
 * "Recount"): when the application is ready (Flyway has run) and {@code analytics_fact} is empty while a source table
 * is not, it recounts everything. Under an advisory lock through the one scheduled-scan mechanism
 * (docs/adr/0017-scheduled-scans.md), and the emptiness is tested under it, so two instances starting together recount
 * once.
 */
@Component
class ProjectionBackfill {

	static final long LOCK = 7_100_051L;

	private static final Logger log = LoggerFactory.getLogger(ProjectionBackfill.class);

	private final JdbcClient jdbc;

	private final Projections projections;

	private final ScheduledScans.Scan scan;

	ProjectionBackfill(JdbcClient jdbc, Projections projections, ScheduledScans scans) {
		this.jdbc = jdbc;
		this.projections = projections;
		this.scan = scans.declare("analytics-backfill", LOCK);
	}

	@EventListener(ApplicationReadyEvent.class)
	void onReady() {
		scan.runScheduled(this::backfill, done -> done.ifPresent(rebuilt -> log.info(
				"Analytics: the projections were empty and have been recounted from the records: {} facts, {} counters",
				rebuilt.facts(), rebuilt.counters())));
	}

	/** The recount when the facts are empty and some record exists; none otherwise. */
	Optional<Projections.Rebuilt> backfill() {
		boolean needed = jdbc.sql("""
				select not exists (select 1 from analytics_fact) and (exists (select 1 from penalty_case)
				  or exists (select 1 from intake_event) or exists (select 1 from whistle)
				  or exists (select 1 from inspection_visit))""").query(Boolean.class).single();
		if (!needed) {
			return Optional.empty();
		}
		log.info("Analytics: the projections are empty but records exist; recounting them once");
		return Optional.of(projections.rebuild());
	}
}
