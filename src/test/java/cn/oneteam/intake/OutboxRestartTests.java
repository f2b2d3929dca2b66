package cn.oneteam.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import cn.oneteam.IntegrationTest;
import cn.oneteam.TestDatabase;
import cn.oneteam.audit.FullProcessRecord;
import cn.oneteam.audit.RecordEntry;
import cn.oneteam.casehandling.events.CaseClosed;
import cn.oneteam.casehandling.PartyKind;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.ScopedPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox survives a stop (docs/adr/0014-typed-events.md): the application is stopped while intake's listener is
 * half-way through noting a closed case (its step inserted, waiting to write the event's record), so its transaction
 * is cut off and the publication stays incomplete; the application started again on the same database publishes it
 * again, and the event shows the step exactly once. The application starts twice, on a database of its own in the
 * embedded PostgreSQL of the tests, so no other test's publications are published again here; no slice fits, as the
 * test is the application's own start.
 */
class OutboxRestartTests {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	/**
	 * The lock {@link FullProcessRecord} takes before it appends to a subject's chain: a two-int advisory lock of this
	 * class on {@code hashtext('type/id')} (docs/adr/0053-record-chains-per-partition.md).
	 */
	private static final int SUBJECT_CHAIN_LOCK = 7101;

	private static final String LISTENER = "%CaseOutcomes.on(cn.oneteam.casehandling.events.CaseClosed)%";

	@Test
	void aListenerStoppedHalfWayIsRunAgainAfterTheRestartAndItsEffectHappensOnce() throws Exception {
		String database = IntegrationTest.createDatabase("outbox_restart");
		DataSource direct = TestDatabase.postgres().getDatabase("postgres", database);
		JdbcClient jdbc = JdbcClient.create(direct);
		Map<String, Object> properties = IntegrationTest.anotherContextProperties(database);

		long eventId;
		long caseId;
		ConfigurableApplicationContext first = start(properties);
		try (Connection blocker = direct.getConnection()) {
			long[] clue = clue(first);
			eventId = clue[0];
			caseId = clue[1];
			// the event's chain in the record is held elsewhere: the listener notes the step, then waits to record it
			blocker.setAutoCommit(false);
			try (Statement s = blocker.createStatement()) {
				s.execute("select pg_advisory_xact_lock(" + SUBJECT_CHAIN_LOCK + ", hashtext('" + EventRecorded.SUBJECT
						+ "/" + eventId + "'))");
			}
			OffsetDateTime now = OffsetDateTime.now(ChinaTime.ZONE);
			first.getBean(TransactionTemplate.class)
				.executeWithoutResult(status -> first.publishEvent(new CaseClosed(caseId, now.toLocalDate(), now)));
			await().atMost(PATIENCE).until(() -> waitingForTheChain(jdbc, database) == 1);
			assertThat(incomplete(jdbc)).isEqualTo(1);

			first.close(); // stopped while the listener waits: its connection is cut, its transaction never commits
			jdbc.sql("select pg_terminate_backend(pid) from pg_stat_activity where datname = ? and pid <> pg_backend_pid()"
					+ " and wait_event_type = 'Lock'").param(database).query(Boolean.class).list();
			blocker.rollback();
		}
		finally {
			first.close();
		}
		await().atMost(PATIENCE).until(() -> waitingForTheChain(jdbc, database) == 0);
		assertThat(incomplete(jdbc)).as("the publication outlives the stop").isEqualTo(1);
		assertThat(steps(jdbc, eventId)).as("nothing of the half-done listener remains").isZero();
		assertThat(recorded(jdbc, eventId)).isZero();

		ConfigurableApplicationContext second = start(properties);
		try {
			await().atMost(PATIENCE).until(() -> incomplete(jdbc) == 0);
			assertThat(steps(jdbc, eventId)).isEqualTo(1);
			assertThat(recorded(jdbc, eventId)).isEqualTo(1);
			List<RecordEntry> entries = second.getBean(FullProcessRecord.class).entries(EventRecorded.SUBJECT, eventId);
			assertThat(entries).filteredOn(e -> e.action().equals("case-closed")).singleElement()
				.satisfies(e -> assertThat(e.payload()).contains("\"case\":" + caseId));
			assertThat(second.getBean(FullProcessRecord.class).verify(EventRecorded.SUBJECT, eventId).intact()).isTrue();
		}
		finally {
			second.close();
			IntegrationTest.dropDatabase(database);
		}
	}

	/** An event of 德令哈 received, dispatched, accepted and registered as a case clue, through intake's service. */
	static long[] clue(ConfigurableApplicationContext context) {
		EventIntake intake = context.getBean(EventIntake.class);
		EventDispatch dispatch = context.getBean(EventDispatch.class);
		EventQueries events = context.getBean(EventQueries.class);
		UserDetailsService users = context.getBean(UserDetailsService.class);
		ScopedPrincipal dispatcher = (ScopedPrincipal) users.loadUserByUsername("dlh.dispatch");
		ScopedPrincipal squad = (ScopedPrincipal) users.loadUserByUsername("dlh.squad");
		Receipt receipt = IntegrationTest.actingAs(users, "dlh.dispatch", () -> intake.receive(new NewEvent(
				RequestType.COMPLAINT, IntakeTest.FUMES, "饭店油烟直排 " + UUID.randomUUID(), "632802003", null, null, null,
				null, null, null, null, Priority.NORMAL), EventChannel.DISPATCHER, null, List.of(),
				dispatcher.accountId(), dispatcher.jurisdiction()));
		long id = events.byTracking(receipt.trackingNumber()).orElseThrow().id();
		IntegrationTest.actingAs(users, "dlh.dispatch", () -> dispatch.dispatch(id, dispatcher));
		IntegrationTest.actingAs(users, "dlh.squad", () -> dispatch.accept(id, squad));
		IntakeEvent clue = IntegrationTest.actingAs(users, "dlh.squad",
				() -> context.getBean(EventToClue.class).toClue(id, PartyKind.ORGANISATION, "某饭店", List.of(), squad));
		return new long[] { id, clue.caseId() };
	}

	private static ConfigurableApplicationContext start(Map<String, Object> properties) {
		return IntegrationTest.startAnother(properties, "demo");
	}

	/** Sessions that have noted an event's step (an uncommitted insert) and wait for the record's chain. */
	private static int waitingForTheChain(JdbcClient jdbc, String database) {
		return jdbc.sql("""
				select count(*) from pg_stat_activity a where a.datname = ? and a.wait_event_type = 'Lock'
				and a.wait_event = 'advisory' and exists (select 1 from pg_locks l join pg_class c on c.oid = l.relation
				  where l.pid = a.pid and c.relname = 'intake_event_outcome' and l.mode = 'RowExclusiveLock')""")
			.param(database).query(Integer.class).single();
	}

	private static int incomplete(JdbcClient jdbc) {
		return jdbc.sql("select count(*) from event_publication where listener_id like ? and completion_date is null")
			.param(LISTENER).query(Integer.class).single();
	}

	private static int steps(JdbcClient jdbc, long eventId) {
		return jdbc.sql("select count(*) from intake_event_outcome where event_id = ? and step = 'CLOSED'")
			.param(eventId).query(Integer.class).single();
	}

	private static int recorded(JdbcClient jdbc, long eventId) {
		return jdbc.sql("""
				select count(*) from execution_record where subject_type = ? and subject_id = ? and action = 'case-closed'""")
			.params(EventRecorded.SUBJECT, eventId).query(Integer.class).single();
	}
}
