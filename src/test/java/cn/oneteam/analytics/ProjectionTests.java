package cn.oneteam.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.oneteam.IntegrationTest;
import cn.oneteam.intake.EventProgressed;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.ChinaTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The projections equal a recount (docs/adr/0050-dashboards-and-projections.md): after a burst of events published
 * concurrently through the outbox, after every one of them is delivered again, and after the publications are left
 * incomplete and resubmitted as the application does when it starts again; and the month rollup equals the day
 * counters summed per month, the areas' rollup the counters summed per county, after the burst, after a change and
 * after the recount.
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

	@Autowired
	private OverdueScan overdue;

	@Autowired
	private ProjectionBackfill backfill;

	@Test
	void projectionsEqualARecountAfterABurstAfterRedeliveryAndAfterARestart() throws Exception {
		AnalyticsFixture fixture = new AnalyticsFixture(jdbc);
		// other tests insert items of the county without events: start from a recount, so that the order does not matter
		await().atMost(PATIENCE).until(() -> fixture.pending() == 0);
		projections.rebuild();
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

		burst(events, "received");
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
		List<String> area = fixture.area(AnalyticsFixture.COUNTY);
		assertThat(area).as("the areas' rollup after the burst").isNotEmpty()
			.isEqualTo(fixture.countersSummedAsArea(AnalyticsFixture.COUNTY));
		for (String above : List.of("6322", "63")) {
			assertAreaIsTheCountersSummed(fixture, above, "after the burst");
		}

		// every event again, twice at once: the same item refreshed concurrently changes nothing
		burst(events, "replied");
		burst(events, "replied");
		await().atMost(PATIENCE).until(() -> fixture.pending() == 0);
		assertThat(fixture.counters(AnalyticsFixture.COUNTY)).as("redelivered").isEqualTo(incremental);
		assertThat(fixture.area(AnalyticsFixture.COUNTY)).as("the areas' rollup redelivered").isEqualTo(area);

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
				new EventProgressed(events.get(4), "rated", OffsetDateTime.now(ChinaTime.ZONE))));
		await().atMost(PATIENCE).until(() -> fixture.pending() == 0);
		List<String> changed = fixture.counters(AnalyticsFixture.COUNTY);
		assertThat(changed).isNotEqualTo(incremental);
		List<String> changedMonths = fixture.months(AnalyticsFixture.COUNTY);
		assertThat(changedMonths).as("the month rollup after the change")
			.isEqualTo(fixture.daysSummedPerMonth(AnalyticsFixture.COUNTY));
		List<String> changedArea = fixture.area(AnalyticsFixture.COUNTY);
		assertThat(changedArea).as("the areas' rollup after the change").isNotEqualTo(area)
			.isEqualTo(fixture.countersSummedAsArea(AnalyticsFixture.COUNTY));
		projections.rebuild();
		assertThat(fixture.counters(AnalyticsFixture.COUNTY)).as("recounted from the records").isEqualTo(changed);
		assertThat(fixture.months(AnalyticsFixture.COUNTY)).as("the month rollup recounted").isEqualTo(changedMonths)
			.isEqualTo(fixture.daysSummedPerMonth(AnalyticsFixture.COUNTY));
		assertThat(fixture.area(AnalyticsFixture.COUNTY)).as("the areas' rollup recounted").isEqualTo(changedArea);
		for (String above : List.of("6322", "63")) {
			assertAreaIsTheCountersSummed(fixture, above, "recounted");
		}
	}

	/**
	 * Cases, whistles, visits and an overdue event against hand counts, refreshed one by one as the listener does and
	 * then recounted: a clock met by its due day is on time, met after it, lapsed (even with its end on the due day) or
	 * running past it is late, each on its due day; a clock not yet due or cancelled counts nowhere; fines are collected
	 * per paid instalment, the paid amount only without a schedule (docs/adr/0045-annual-enforcement-statistics.md);
	 * visits spared are the active parts less one (as inspection's burden counts them).
	 */
	@Test
	void casesWhistlesVisitsAndOverdueStepsCountAsByHandAndAsTheRecount() {
		AnalyticsFixture fixture = new AnalyticsFixture(jdbc);
		long c = fixture.body(organizations, "c").id().value();
		long d = fixture.body(organizations, "d").id().value();
		long e = fixture.body(organizations, "e").id().value();
		LocalDate t = LocalDate.now(ChinaTime.ZONE);

		long case1 = fixture.penaltyCase(c, "GENERAL", "DECIDED", t.minusDays(40), t.minusDays(10), "1000.00", null, null);
		fixture.clock(case1, "CLUE_VERIFICATION", t.minusDays(35), "MET", t.minusDays(36));
		fixture.clock(case1, "DECISION", t.minusDays(12), "MET", t.minusDays(10));
		fixture.clock(case1, "PAYMENT", t.minusDays(1), "RUNNING", null);
		fixture.instalment(case1, 1, t.minusDays(20), "500.00", t.minusDays(5));
		fixture.instalment(case1, 2, t.plusDays(20), "500.00", null);
		long case2 = fixture.penaltyCase(c, "SIMPLE", "DECIDED", null, t.minusDays(3), "200.00", "200.00", t.minusDays(3));
		fixture.clock(case2, "PAYMENT", t.minusDays(20), "LAPSED", t.minusDays(20));
		fixture.clock(case2, "DECISION", t.plusDays(5), "RUNNING", null);
		fixture.clock(case2, "CLUE_VERIFICATION", t.minusDays(30), "CANCELLED", t.minusDays(31));

		OffsetDateTime raised = t.minusDays(10).atTime(10, 0).atZone(ChinaTime.ZONE).toOffsetDateTime();
		long whistle = fixture.whistle(c, raised);
		fixture.summons(whistle, c, raised, raised.plusMinutes(20), null, t.plusDays(3), null);
		fixture.summons(whistle, d, raised, raised.plusMinutes(40), raised.plusMinutes(50), t.minusDays(2),
				t.minusDays(1).atTime(9, 0).atZone(ChinaTime.ZONE).toOffsetDateTime());

		long subject = fixture.subject(c);
		long joint = fixture.visit(subject, c, List.of(c, d, e), "RECORDED", t.minusDays(4));
		fixture.part(joint, c, false);
		fixture.part(joint, d, false);
		fixture.part(joint, e, true);
		long planned = fixture.visit(subject, c, List.of(c, d), "PLANNED", null);
		long cancelled = fixture.visit(subject, c, List.of(c, d), "CANCELLED", null);
		fixture.part(cancelled, c, false);
		fixture.part(cancelled, d, false);

		OffsetDateTime received = t.minusDays(6).atTime(9, 0).atZone(ChinaTime.ZONE).toOffsetDateTime();
		long unanswered = fixture.event(AnalyticsFixture.TOWNSHIP, "GRID", received, c, null, null);

		for (long id : List.of(case1, case2)) {
			projections.refresh(Projections.Kind.CASE, id);
		}
		projections.refresh(Projections.Kind.WHISTLE, whistle);
		for (long id : List.of(joint, planned, cancelled)) {
			projections.refresh(Projections.Kind.VISIT, id);
		}
		projections.refresh(Projections.Kind.EVENT, unanswered);

		List<String> byHand = List.of(
				"case.decision LATE " + t.minusDays(12) + " 1 0",
				"case.filing ON_TIME " + t.minusDays(35) + " 1 0",
				"case.payment LATE " + t.minusDays(20) + " 1 0",
				"case.payment LATE " + t.minusDays(1) + " 1 0",
				"event.dispatch ON_TIME " + received.toLocalDate().plusDays(3) + " 1 0",
				"event.reply LATE " + received.toLocalDate().plusDays(5) + " 1 0",
				"fine.collected PAID " + t.minusDays(5) + " 1 500",
				"fine.collected PAID " + t.minusDays(3) + " 1 200",
				"inspection.visit CANCELLED " + t.plusDays(30) + " 1 0",
				"inspection.visit PLANNED " + t.plusDays(30) + " 1 0",
				"inspection.visit RECORDED " + t.minusDays(4) + " 1 1",
				"whistle.arrival LATE " + t.minusDays(10) + " 1 0",
				"whistle.report ON_TIME " + t.minusDays(10) + " 1 0",
				"whistle.summons OPEN " + t.minusDays(10) + " 1 0");
		List<String> bodyD = List.of(
				"whistle.arrival ON_TIME " + t.minusDays(10) + " 1 0",
				"whistle.report LATE " + t.minusDays(10) + " 1 0",
				"whistle.result LATE " + t.minusDays(2) + " 1 0",
				"whistle.summons OPEN " + t.minusDays(10) + " 1 0");
		assertThat(timed(c)).as("body c by hand").containsExactlyInAnyOrderElementsOf(byHand);
		assertThat(timed(d)).as("body d by hand").containsExactlyInAnyOrderElementsOf(bodyD);
		assertThat(amount(c, "fine.decided")).isEqualByComparingTo("1200.00");
		assertThat(amount(c, "fine.collected")).isEqualByComparingTo("700.00");
		List<String> incremental = lines(c, d, e);

		// time alone: the fact of case 2 was refreshed before its decision clock fell due; the scan counts it late
		jdbc.sql("update case_clock set due_on = ? where case_id = ? and kind = 'DECISION'").params(t.minusDays(1), case2)
			.update();
		jdbc.sql("update analytics_fact set refreshed_at = ? where kind = 'CASE' and item_id = ?")
			.params(OffsetDateTime.now(ChinaTime.ZONE).minusDays(2), case2).update();
		assertThat(overdue.scan()).isPositive();
		assertThat(timed(c)).contains("case.decision LATE " + t.minusDays(1) + " 1 0");
		List<String> scanned = lines(c, d, e);
		overdue.scan();
		assertThat(lines(c, d, e)).as("a second run changes nothing").isEqualTo(scanned);
		assertThat(scanned).isNotEqualTo(incremental);

		projections.rebuild();
		assertThat(timed(c)).as("recounted").contains("case.decision LATE " + t.minusDays(1) + " 1 0");
		assertThat(lines(c, d, e)).as("the recount agrees").isEqualTo(scanned);
	}

	/** Every counter of these bodies, one line per row, in key order. */
	private List<String> lines(long... bodies) {
		return jdbc.sql("""
				select concat_ws(' ', division_code, day, body_id, measure, dim, n, amount) from analytics_counter
				where body_id = any(?) order by division_code, day, body_id, measure, dim""")
			.param(Arrays.stream(bodies).boxed().toArray(Long[]::new)).query(String.class).list();
	}

	/** On a deployment upgraded with records and no projections, the start-up fills them once, and only once. */
	@Test
	void anEmptyProjectionIsFilledOnceFromTheRecords() {
		AnalyticsFixture fixture = new AnalyticsFixture(jdbc);
		await().atMost(PATIENCE).until(() -> fixture.pending() == 0);
		projections.rebuild();
		List<String> recounted = fixture.counters("63");
		transactions.executeWithoutResult(status -> {
			jdbc.sql("delete from analytics_counter").update();
			jdbc.sql("delete from analytics_fact").update();
		});
		assertThat(backfill.backfill()).isPresent();
		assertThat(fixture.counters("63")).isEqualTo(recounted);
		assertThat(backfill.backfill()).as("not again once filled").isEmpty();
	}

	/** A body's counters except the untimed ones of cases and events, one line per row: measure, dim, day, n, amount. */
	private List<String> timed(long body) {
		return jdbc.sql("""
				select concat_ws(' ', measure, dim, day, n, amount::numeric(14, 0)) from analytics_counter
				where body_id = ? and measure not in ('case', 'case.domain', 'case.procedure', 'fine.decided',
				  'event.channel', 'inspection.kind', 'inspection.outcome')
				order by 1""").param(body).query(String.class).list();
	}

	private BigDecimal amount(long body, String measure) {
		return jdbc.sql("select coalesce(sum(amount), 0) from analytics_counter where body_id = ? and measure = ?")
			.params(body, measure).query(BigDecimal.class).single();
	}

	/**
	 * The areas' rollup of a prefecture or province equals the counters under its code summed, read in one snapshot:
	 * the demo's scans may refresh items of the province meanwhile.
	 */
	private void assertAreaIsTheCountersSummed(AnalyticsFixture fixture, String code, String when) {
		TransactionTemplate snapshot = new TransactionTemplate(transactions.getTransactionManager());
		snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		snapshot.setReadOnly(true);
		snapshot.executeWithoutResult(status -> assertThat(fixture.area(code)).as("the rows of %s %s", code, when)
			.isNotEmpty()
			.isEqualTo(fixture.countersSummedAsArea(code)));
	}

	/** Publishes a step of each of the events from 4 threads, each in its own transaction, as intake does. */
	private void burst(List<Long> events, String step) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (long id : events) {
				done.add(pool.submit(() -> transactions.executeWithoutResult(status -> {
					OffsetDateTime now = OffsetDateTime.now(ChinaTime.ZONE);
					publisher.publishEvent(new EventProgressed(id, step, now));
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
