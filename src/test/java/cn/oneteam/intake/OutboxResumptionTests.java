package cn.oneteam.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import cn.oneteam.IntegrationTest;
import cn.oneteam.casehandling.events.CaseClosed;
import cn.oneteam.platform.InstanceIdentity;
import cn.oneteam.platform.OutboxResumption;
import cn.oneteam.shared.ChinaTime;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventSerializer;

/**
 * The outbox resumed while the application lives (docs/adr/0055-several-instances.md): only what is abandoned is
 * published again. A publication left PROCESSING by a killed instance (one that beats no more) stays untouched while
 * it is younger than {@code oneteam.events.resubmit-after} (2 minutes), is published again by the resubmission scan
 * once older, and the listener's effect — the event's CLOSED step and its record — happens once, also when the scan
 * runs again. One of an instance that still beats is left to it however old; one that failed is tried again only
 * resubmit-after after its last resubmission.
 */
class OutboxResumptionTests extends IntegrationTest {

	private static final String LISTENER = "cn.oneteam.intake.CaseOutcomes.on(cn.oneteam.casehandling.events.CaseClosed)";

	@Autowired
	ConfigurableApplicationContext context;

	@Autowired
	OutboxResumption resumption;

	@Autowired
	InstanceIdentity identity;

	@Autowired
	EventSerializer serializer;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPublicationLeftByAKilledInstanceIsCompletedByTheScanAfterItsAgeAndItsEffectHappensOnce() {
		long[] clue = OutboxRestartTests.clue(context);
		long eventId = clue[0];
		OffsetDateTime now = OffsetDateTime.now(ChinaTime.ZONE);
		UUID killed = UUID.randomUUID(); // never beat, as one killed before its beat was seen, or long gone
		UUID publication = left(new CaseClosed(clue[1], now.toLocalDate(), now), "PROCESSING", killed,
				now.minusSeconds(30), null);

		assertThat(resumption.resubmit()).isTrue();
		assertThat(completed(publication)).as("younger than resubmit-after: left alone").isFalse();
		assertThat(steps(eventId)).isZero();

		jdbc.sql("update event_publication set publication_date = ? where id = ?").params(now.minusMinutes(3), publication)
			.update();
		assertThat(resumption.resubmit()).isTrue();
		await().atMost(Duration.ofSeconds(30)).until(() -> completed(publication));
		await().atMost(Duration.ofSeconds(30)).until(() -> recorded(eventId) == 1);
		assertThat(steps(eventId)).isEqualTo(1);
		assertThat(owner(publication)).as("the resubmitting instance hands it over").isEqualTo(identity.id());

		assertThat(resumption.resubmit()).isTrue();
		assertThat(steps(eventId)).as("a completed publication is not published again").isEqualTo(1);
		assertThat(recorded(eventId)).isEqualTo(1);
	}

	@Test
	void aPublicationOfAnInstanceThatStillBeatsIsLeftToItHoweverOldUntilItStopsBeating() {
		long[] clue = OutboxRestartTests.clue(context);
		long eventId = clue[0];
		OffsetDateTime now = OffsetDateTime.now(ChinaTime.ZONE);
		UUID busy = UUID.randomUUID(); // another instance, its listeners behind a long backlog
		jdbc.sql("insert into platform_instance (id, started_at, beat_at) values (?, now() - interval '1 hour', now())")
			.param(busy).update();
		try {
			UUID publication = left(new CaseClosed(clue[1], now.toLocalDate(), now), "PROCESSING", busy,
					now.minusMinutes(30), null);
			assertThat(resumption.resubmit()).isTrue();
			assertThat(status(publication)).as("queued or running on a live instance: left alone").isEqualTo("PROCESSING");
			assertThat(steps(eventId)).isZero();

			jdbc.sql("update platform_instance set beat_at = now() - interval '2 minutes' where id = ?").param(busy)
				.update();
			assertThat(resumption.resubmit()).isTrue();
			await().atMost(Duration.ofSeconds(30)).until(() -> completed(publication));
			await().atMost(Duration.ofSeconds(30)).until(() -> recorded(eventId) == 1);
			assertThat(steps(eventId)).isEqualTo(1);
		}
		finally {
			jdbc.sql("delete from platform_instance where id = ?").param(busy).update();
		}
	}

	@Test
	void aFailedPublicationIsTriedAgainOnlyResubmitAfterAfterItsLastResubmission() {
		long[] clue = OutboxRestartTests.clue(context);
		long eventId = clue[0];
		OffsetDateTime now = OffsetDateTime.now(ChinaTime.ZONE);
		// this instance's own, failed a minute after its last resubmission
		UUID publication = left(new CaseClosed(clue[1], now.toLocalDate(), now), "FAILED", identity.id(),
				now.minusMinutes(30), now.minusMinutes(1));

		assertThat(resumption.resubmit()).isTrue();
		assertThat(status(publication)).as("resubmitted a minute ago: not yet").isEqualTo("FAILED");
		assertThat(steps(eventId)).isZero();

		jdbc.sql("update event_publication set last_resubmission_date = ? where id = ?")
			.params(now.minusMinutes(3), publication).update();
		assertThat(resumption.resubmit()).isTrue();
		await().atMost(Duration.ofSeconds(30)).until(() -> completed(publication));
		await().atMost(Duration.ofSeconds(30)).until(() -> recorded(eventId) == 1);
		assertThat(steps(eventId)).isEqualTo(1);
	}

	/** The row an instance leaves: published, in the given status, never completed. */
	private UUID left(CaseClosed event, String status, UUID instance, OffsetDateTime published,
			@Nullable OffsetDateTime resubmitted) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
				  completion_attempts, last_resubmission_date, instance_id)
				values (?, ?, ?, ?, ?, ?, 1, ?, ?)""")
			.params(id, LISTENER, CaseClosed.class.getName(), serializer.serialize(event).toString(), published, status,
					resubmitted, instance)
			.update();
		return id;
	}

	private boolean completed(UUID publication) {
		return jdbc.sql("select completion_date is not null from event_publication where id = ?").param(publication)
			.query(Boolean.class).single();
	}

	private String status(UUID publication) {
		return jdbc.sql("select status from event_publication where id = ?").param(publication).query(String.class)
			.single();
	}

	private UUID owner(UUID publication) {
		return jdbc.sql("select instance_id from event_publication where id = ?").param(publication).query(UUID.class)
			.single();
	}

	private int steps(long eventId) {
		return jdbc.sql("select count(*) from intake_event_outcome where event_id = ? and step = 'CLOSED'")
			.param(eventId).query(Integer.class).single();
	}

	private int recorded(long eventId) {
		return jdbc.sql("""
				select count(*) from execution_record where subject_type = ? and subject_id = ? and action = 'case-closed'""")
			.params(EventRecorded.SUBJECT, eventId).query(Integer.class).single();
	}
}
