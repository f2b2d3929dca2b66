package cn.oneteam.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import cn.oneteam.IntegrationTest;
import cn.oneteam.casehandling.events.CaseClosed;
import cn.oneteam.platform.OutboxResumption;
import cn.oneteam.shared.ChinaTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventSerializer;

/**
 * The outbox resumed while the application lives (docs/adr/0055-several-instances.md): a publication left PROCESSING by
 * an instance killed half-way through intake's listener stays untouched while it is younger than
 * {@code oneteam.events.resubmit-after} (2 minutes), is published again by the resubmission scan once older, and the
 * listener's effect — the event's CLOSED step and its record — happens once, also when the scan runs again.
 */
class OutboxResumptionTests extends IntegrationTest {

	private static final String LISTENER = "cn.oneteam.intake.CaseOutcomes.on(cn.oneteam.casehandling.events.CaseClosed)";

	@Autowired
	ConfigurableApplicationContext context;

	@Autowired
	OutboxResumption resumption;

	@Autowired
	EventSerializer serializer;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPublicationLeftByAKilledInstanceIsCompletedByTheScanAfterItsAgeAndItsEffectHappensOnce() {
		long[] clue = OutboxRestartTests.clue(context);
		long eventId = clue[0];
		OffsetDateTime now = OffsetDateTime.now(ChinaTime.ZONE);
		UUID publication = leftProcessing(new CaseClosed(clue[1], now.toLocalDate(), now), now.minusSeconds(30));

		assertThat(resumption.resubmit()).isTrue();
		assertThat(completed(publication)).as("younger than resubmit-after: left alone").isFalse();
		assertThat(steps(eventId)).isZero();

		jdbc.sql("update event_publication set publication_date = ? where id = ?").params(now.minusMinutes(3), publication)
			.update();
		assertThat(resumption.resubmit()).isTrue();
		await().atMost(Duration.ofSeconds(30)).until(() -> completed(publication));
		await().atMost(Duration.ofSeconds(30)).until(() -> recorded(eventId) == 1);
		assertThat(steps(eventId)).isEqualTo(1);

		assertThat(resumption.resubmit()).isTrue();
		assertThat(steps(eventId)).as("a completed publication is not published again").isEqualTo(1);
		assertThat(recorded(eventId)).isEqualTo(1);
	}

	/** The row an instance killed inside the listener leaves: published, marked processing, never completed. */
	private UUID leftProcessing(CaseClosed event, OffsetDateTime published) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
				  completion_attempts)
				values (?, ?, ?, ?, ?, 'PROCESSING', 1)""")
			.params(id, LISTENER, CaseClosed.class.getName(), serializer.serialize(event).toString(), published)
			.update();
		return id;
	}

	private boolean completed(UUID publication) {
		return jdbc.sql("select completion_date is not null from event_publication where id = ?").param(publication)
			.query(Boolean.class).single();
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
