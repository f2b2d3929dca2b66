package cn.oneteam.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;

import cn.oneteam.shared.DivisionCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;
import tools.jackson.databind.JsonNode;

/**
 * What intake tells other modules (docs/adr/0014-typed-events.md): an event received (once, however often the
 * hotline sends the order), dispatched to its body, and closed — by the unit's reply or by merging a duplicate —
 * each published in the action's transaction with the event's own values. The events published by the calls of
 * one test, on its thread, are the ones asserted.
 */
@ExtendWith(PublishedEventsExtension.class)
class PublishedEventsTests extends IntakeTest {

	@Test
	void aHotlineOrderIsReceivedOnceDispatchedToItsBodyAndClosedByTheReply(AssertablePublishedEvents published)
			throws Exception {
		Map<String, Object> order = order(FUMES, "632802001", "河西街道某饭店油烟直排");
		JsonNode receipt = body(hotline(order).andExpect(status().isCreated()));
		hotline(order).andExpect(status().isOk());
		JsonNode event = byTracking(receipt.get("trackingNumber").asText());
		long id = event.get("id").asLong();

		assertThat(published.ofType(EventReceived.class).matching(EventReceived::eventId, id)).singleElement().satisfies(r -> {
			assertThat(r.channel()).isEqualTo(EventChannel.HOTLINE_12345);
			assertThat(r.place()).isEqualTo(DivisionCode.of("632802001"));
			assertThat(r.matterCode()).isEqualTo(FUMES);
			assertSameInstant(r.occurredAt(), column(id, "received_at"));
		});
		assertThat(published.ofType(EventDispatched.class).matching(EventDispatched::eventId, id)).isEmpty();

		act("dlh.dispatch", id, "dispatch", Map.of()).andExpect(status().isOk());
		long hexi = org("632802001-gov");
		assertThat(published.ofType(EventDispatched.class).matching(EventDispatched::eventId, id))
			.singleElement()
			.satisfies(d -> {
				assertThat(d.bodyId()).isEqualTo(hexi);
				assertSameInstant(d.occurredAt(), column(id, "dispatched_at"));
			});
		act("hexi.dispatch", id, "accept", Map.of()).andExpect(status().isOk());
		assertThat(published.ofType(EventClosed.class).matching(EventClosed::eventId, id)).isEmpty();

		act("hexi.dispatch", id, "reply", Map.of("reply", "已责令安装油烟净化设施。")).andExpect(status().isOk());
		assertThat(published.ofType(EventClosed.class).matching(EventClosed::eventId, id))
			.singleElement()
			.satisfies(c -> {
				assertThat(c.place()).isEqualTo(DivisionCode.of("632802001"));
				assertSameInstant(c.occurredAt(), column(id, "replied_at"));
			});
	}

	@Test
	void aReopenedEventIsClosedAgainByItsNextReplyAndARatingClosesNothing(AssertablePublishedEvents published)
			throws Exception {
		JsonNode event = received(FUMES, "632802001");
		long id = event.get("id").asLong();
		String tracking = event.get("trackingNumber").asText();
		act("dlh.dispatch", id, "dispatch", Map.of()).andExpect(status().isOk());
		act("hexi.dispatch", id, "accept", Map.of()).andExpect(status().isOk());
		act("hexi.dispatch", id, "reply", Map.of("reply", "已处理。")).andExpect(status().isOk());
		publicAction(tracking, "not-fixed", Map.of("comment", "还在排")).andExpect(status().isOk());
		act("hexi.dispatch", id, "reply", Map.of("reply", "已复查，设施已安装。")).andExpect(status().isOk());
		publicAction(tracking, "rating", Map.of("satisfaction", "SATISFIED")).andExpect(status().isOk());

		assertThat(published.ofType(EventClosed.class).matching(EventClosed::eventId, id))
			.hasSize(2);
	}

	@Test
	void aMergedDuplicateIsClosedAndItsTargetIsNot(AssertablePublishedEvents published) throws Exception {
		long target = received(FUMES, "632802001").get("id").asLong();
		JsonNode duplicate = received(FUMES, "632802001");
		long duplicateId = duplicate.get("id").asLong();

		act("dlh.dispatch", duplicateId, "merge", Map.of("into", target)).andExpect(status().isOk());

		assertThat(published.ofType(EventClosed.class).matching(EventClosed::eventId, duplicateId))
			.singleElement()
			.satisfies(c -> {
				assertThat(c.place()).isEqualTo(DivisionCode.of("632802001"));
				assertSameInstant(c.occurredAt(), column(duplicateId, "updated_at"));
			});
		assertThat(published.ofType(EventClosed.class).matching(EventClosed::eventId, target)).isEmpty();
	}

	private org.springframework.test.web.servlet.ResultActions publicAction(String tracking, String action,
			Map<String, Object> body) throws Exception {
		return mvc.perform(post("/api/v1/public/events/" + tracking + "/" + action)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body)));
	}

	private OffsetDateTime column(long id, String column) {
		return jdbc.sql("select " + column + " from intake_event where id = ?").param(id).query(OffsetDateTime.class)
			.single();
	}

	/** The database keeps microseconds: the published instant is the one stored. */
	private static void assertSameInstant(OffsetDateTime published, OffsetDateTime stored) {
		assertThat(Duration.between(published, stored).abs()).isLessThan(Duration.ofNanos(1_000));
	}
}
