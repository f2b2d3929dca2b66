package cn.oneteam.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.oneteam.IntegrationTest;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.ChinaTime;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each branch of the overdue scan (docs/adr/0050-dashboards-and-projections.md, "Time alone"), one query a step since
 * V0142: an event's dispatch, reply or arrival, a summoned department's report, arrival or result untaken past its due
 * day is found; a step taken, or due today — an instant due at 00:01 Beijing time today as well as one due at 23:59
 * yesterday is the other side of the day —, is not; an item refreshed after its due day is not found again.
 */
class OverdueScanTests extends IntegrationTest {

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Organizations organizations;

	@Autowired
	private OverdueScan overdue;

	@Test
	void eachStepUntakenPastItsDueDayIsFoundAndNothingElse() {
		AnalyticsFixture fixture = new AnalyticsFixture(jdbc);
		long body = fixture.body(organizations, "o").id().value();
		long department = fixture.body(organizations, "p").id().value();
		OffsetDateTime now = OffsetDateTime.now(ChinaTime.ZONE);
		OffsetDateTime todayStarts = now.toLocalDate().atStartOfDay(ChinaTime.ZONE).toOffsetDateTime();
		OffsetDateTime tenDaysAgo = now.minusDays(10);

		long notDispatched = fixture.event(AnalyticsFixture.TOWNSHIP, "GRID", tenDaysAgo, null, null, null);
		long notReplied = fixture.event(AnalyticsFixture.TOWNSHIP, "GRID", tenDaysAgo, body, null, null);
		arrival(notReplied, tenDaysAgo.plusDays(1), tenDaysAgo.plusHours(20));
		long replied = fixture.event(AnalyticsFixture.TOWNSHIP, "GRID", tenDaysAgo, body, false, null);
		long notArrivedYesterday = inFlight(fixture, body, todayStarts.minusMinutes(1));
		long notArrivedToday = inFlight(fixture, body, todayStarts.plusMinutes(1));

		long notReported = fixture.whistle(body, tenDaysAgo);
		fixture.summons(notReported, department, tenDaysAgo, null, null, LocalDate.now(ChinaTime.ZONE).plusDays(3), null);
		long notArrived = fixture.whistle(body, tenDaysAgo);
		fixture.summons(notArrived, department, tenDaysAgo, tenDaysAgo.plusMinutes(5), null,
				LocalDate.now(ChinaTime.ZONE).plusDays(3), null);
		long noResult = fixture.whistle(body, tenDaysAgo);
		fixture.summons(noResult, department, tenDaysAgo, tenDaysAgo.plusMinutes(5), tenDaysAgo.plusMinutes(50),
				LocalDate.now(ChinaTime.ZONE).minusDays(1), null);
		long answered = fixture.whistle(body, tenDaysAgo);
		fixture.summons(answered, department, tenDaysAgo, tenDaysAgo.plusMinutes(5), tenDaysAgo.plusMinutes(50),
				LocalDate.now(ChinaTime.ZONE).minusDays(1), tenDaysAgo.plusDays(2));
		long reportDueYesterday = fixture.whistle(body, todayStarts.minusMinutes(31)); // due at 23:59, arrival at 00:29
		fixture.summons(reportDueYesterday, department, todayStarts.minusMinutes(31), null, null,
				LocalDate.now(ChinaTime.ZONE).plusDays(3), null);
		long reportDueToday = fixture.whistle(body, todayStarts.minusMinutes(29)); // due at 00:01
		fixture.summons(reportDueToday, department, todayStarts.minusMinutes(29), null, null,
				LocalDate.now(ChinaTime.ZONE).plusDays(3), null);

		overdue.scan();
		Map<Long, OffsetDateTime> events = refreshed("EVENT",
				List.of(notDispatched, notReplied, replied, notArrivedYesterday, notArrivedToday));
		assertThat(events.keySet()).containsExactlyInAnyOrder(notDispatched, notReplied, notArrivedYesterday);
		Map<Long, OffsetDateTime> whistles = refreshed("WHISTLE",
				List.of(notReported, notArrived, noResult, answered, reportDueYesterday, reportDueToday));
		assertThat(whistles.keySet()).containsExactlyInAnyOrder(notReported, notArrived, noResult, reportDueYesterday);

		overdue.scan();
		assertThat(refreshed("EVENT", List.copyOf(events.keySet()))).as("refreshed after the due day: not found again")
			.isEqualTo(events);
		assertThat(refreshed("WHISTLE", List.copyOf(whistles.keySet()))).isEqualTo(whistles);
	}

	/** An event dispatched to the body and not arrived, its arrival due at the instant, its reply not yet due. */
	private long inFlight(AnalyticsFixture fixture, long body, OffsetDateTime arriveDue) {
		long id = fixture.event(AnalyticsFixture.TOWNSHIP, "GRID", arriveDue.minusHours(20), body, null, null);
		jdbc.sql("update intake_event set dispatch_due_on = ?, reply_due_on = ? where id = ?")
			.params(LocalDate.now(ChinaTime.ZONE), LocalDate.now(ChinaTime.ZONE).plusDays(3), id).update();
		arrival(id, arriveDue, null);
		return id;
	}

	private void arrival(long event, OffsetDateTime due, @Nullable OffsetDateTime arrived) {
		jdbc.sql("update intake_event set arrive_due_at = ?, arrived_at = ? where id = ?").params(due, arrived, event)
			.update();
	}

	/** When the facts of these items were refreshed, of those that have one. */
	private Map<Long, OffsetDateTime> refreshed(String kind, List<Long> items) {
		return jdbc.sql("select item_id, refreshed_at from analytics_fact where kind = ? and item_id = any(?)")
			.params(kind, items.toArray(Long[]::new))
			.query((rs, row) -> Map.entry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}
}
