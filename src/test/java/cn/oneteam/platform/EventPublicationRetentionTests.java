package cn.oneteam.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import cn.oneteam.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The outbox keeps a completed publication for {@code oneteam.events.keep-completed} (7 days) and an incomplete one
 * until it is delivered (docs/adr/0014-typed-events.md).
 */
class EventPublicationRetentionTests extends IntegrationTest {

	@Autowired
	EventPublicationRetention retention;

	@Autowired
	JdbcClient jdbc;

	private UUID publication(OffsetDateTime published, OffsetDateTime completed) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
				  completion_date, status, completion_attempts)
				values (?, 'retention-test', 'java.lang.String', '"retention"', ?, ?, ?, 1)""")
			.params(id, published, completed, completed == null ? "FAILED" : "COMPLETED")
			.update();
		return id;
	}

	private List<UUID> kept(List<UUID> ids) {
		return jdbc.sql("select id from event_publication where id in (:ids)").param("ids", ids).query(UUID.class)
			.list();
	}

	@Test
	void completedPublicationsGoAfterAWeekAndIncompleteOnesStay() {
		OffsetDateTime now = OffsetDateTime.now();
		UUID old = publication(now.minusDays(9), now.minusDays(8));
		UUID recent = publication(now.minusDays(7).plusHours(1), now.minusDays(7).plusHours(2));
		UUID undelivered = publication(now.minusDays(30), null);
		try {
			retention.purge();
			assertThat(kept(List.of(old, recent, undelivered))).containsExactlyInAnyOrder(recent, undelivered);
		}
		finally {
			jdbc.sql("delete from event_publication where listener_id = 'retention-test'").update();
		}
	}
}
