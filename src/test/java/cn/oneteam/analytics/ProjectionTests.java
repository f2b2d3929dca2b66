package cn.oneteam.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.oneteam.IntegrationTest;
import cn.oneteam.intake.EventChannel;
import cn.oneteam.intake.EventReceived;
import cn.oneteam.intake.EventRecorded;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.DivisionCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The projections equal a recount (docs/adr/0050-dashboards-and-projections.md): after a burst of events published
 * concurrently through the outbox, after every one of them is delivered again, and after the publications are left
 * incomplete and resubmitted as the application does when it starts again; and the month rollup equals the day
 * counters summed per month after the burst, after a change and after the recount.
 */
class ProjectionTests extends IntegrationTest {

	private static final Duration PATIENCE = Duration.ofSeconds(90);

	private static final List<String> CHANNELS = List.of("DISPATCHER", "GRID", "HOTLINE_12345", "PUBLIC_PORTAL");

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Organizations organizations;

	@Autowired
	private ApplicationEventPublisher publisher;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private Projections projections;

	@Autowired
	private IncompleteEventPublications incomplete;

	@Test
	void projectionsEqualARecountAfterABurstAfterRedeliveryAndAfterARestart() throws Exception {
		AnalyticsFixture fixture = new AnalyticsFixture(jdbc);
		long a = fixture.body(organizations, "a").id().value();
		long b = fixture.body(organizations, "b").id().value();
		OffsetDateTime start = OffsetDateTime.now(ChinaTime.ZONE).minusDays(20);
		List<Long> events = new ArrayList<>();
		for (int i = 0; i < 120; i++) {
			String township = i % 3 == 0 ? AnalyticsFixture.TOWNSHIP : "632221101";
			Long body = i % 5 == 0 ? null : (i % 2 == 0 ? a : b);
			events.add(fixture.event(township, CHANNELS.get(i % CHANNELS.size()), start.plusHours(i * 3L), body,
					body == null ? null : i % 7 == 0, body != null && i % 4 == 0 ? "SATISFIED" : null));
		}
		OffsetDateTime published = OffsetDateTime.now(ChinaTime.ZONE);

		burst(events, true);
		await().atMost(PATIENCE).until(() -> fixture.pending() == 0);
		List<String> incremental = fixture.counters(AnalyticsFixture.COUNTY);
		assertThat(incremental).as("every event counted by its channel")
			.filteredOn(line -> line.contains(" event.channel ")).isNotEmpty();
		assertThat(jdbc.sql("""
				select coalesce(sum(n), 0) from analytics_counter where division_code like '632221%'
				and measure = 'event.channel' and body_id in (?, ?, 0)""").params(a, b).query(Long.class).single())
			.isEqualTo(120L);
		assertThat(fixture.months(AnalyticsFixture.COUNTY)).as("the month rollup after the burst")
			.isNotEmpty()
			.isEqualTo(fixture.daysSummedPerMonth(AnalyticsFixture.COUNTY));

		// every event again, twice at once: the same item refreshed concurrently changes nothing
		burst(events, false);
		burst(events, false);
		await().atMost(PATIENCE).until(() -> fixture.pending() == 0);
		assertThat(fixture.counters(AnalyticsFixture.COUNTY)).as("redelivered").isEqualTo(incremental);

		// the application stopped before it marked the deliveries complete: they are run again when it starts
		int reopened = jdbc.sql("""
				update event_publication set completion_date = null, status = 'PUBLISHED'
				where listener_id like '%ProjectionListener%' and publication_date >= ?""").param(published).update();
		assertThat(reopened).isGreaterThanOrEqualTo(events.size());
		incomplete.resubmitIncompletePublications(publication -> true);
		await().atMost(PATIENCE).until(() -> fixture.pending() == 0);
		assertThat(fixture.counters(AnalyticsFixture.COUNTY)).as("resubmitted after a restart").isEqualTo(incremental);

		// a change of one event moves it between counters, and the recount from scratch agrees
		jdbc.sql("update intake_event set satisfaction = 'DISSATISFIED', rated_at = replied_at where id = ?")
			.param(events.get(4)).update();
		transactions.executeWithoutResult(status -> publisher.publishEvent(
				new EventRecorded(events.get(4), "rated", 0, OffsetDateTime.now(ChinaTime.ZONE), Map.of())));
		await().atMost(PATIENCE).until(() -> fixture.pending() == 0);
		List<String> changed = fixture.counters(AnalyticsFixture.COUNTY);
		assertThat(changed).isNotEqualTo(incremental);
		List<String> changedMonths = fixture.months(AnalyticsFixture.COUNTY);
		assertThat(changedMonths).as("the month rollup after the change")
			.isEqualTo(fixture.daysSummedPerMonth(AnalyticsFixture.COUNTY));
		projections.rebuild();
		assertThat(fixture.counters(AnalyticsFixture.COUNTY)).as("recounted from the records").isEqualTo(changed);
		assertThat(fixture.months(AnalyticsFixture.COUNTY)).as("the month rollup recounted").isEqualTo(changedMonths)
			.isEqualTo(fixture.daysSummedPerMonth(AnalyticsFixture.COUNTY));
	}

	/** Publishes an event for each of the events from 4 threads, each in its own transaction, as intake does. */
	private void burst(List<Long> events, boolean received) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (long id : events) {
				done.add(pool.submit(() -> transactions.executeWithoutResult(status -> {
					OffsetDateTime now = OffsetDateTime.now(ChinaTime.ZONE);
					publisher.publishEvent(received
							? new EventReceived(id, EventChannel.DISPATCHER, DivisionCode.of(AnalyticsFixture.TOWNSHIP), null, now)
							: new EventRecorded(id, "replied", 0, now, Map.of()));
				})));
			}
			for (Future<?> f : done) {
				f.get();
			}
		}
		finally {
			pool.shutdown();
		}
	}
}
