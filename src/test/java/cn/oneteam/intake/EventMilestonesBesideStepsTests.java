package cn.oneteam.intake;

import static cn.oneteam.analytics.StepsBesideMilestones.eachBesideItsStep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

import cn.oneteam.analytics.StepsBesideMilestones.Call;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Each of intake's milestones — an event received, dispatched, closed by its reply or by merging it into another — is
 * published in the request, the transaction, that writes the event's record entry, announced as
 * {@link EventProgressed} (docs/adr/0050-dashboards-and-projections.md, "Kept current").
 */
@RecordApplicationEvents
class EventMilestonesBesideStepsTests extends IntakeTest {

	@Autowired
	ApplicationEvents events;

	@Test
	void receivedDispatchedAndRepliedEachCameWithTheEventsStep() throws Exception {
		long id = beside(EventReceived.class, EventReceived::eventId,
				() -> hotline(order(FUMES, "632802001", "里程碑测试 油烟直排")).andExpect(status().isCreated()))
			.get(0).eventId();
		beside(EventDispatched.class, EventDispatched::eventId,
				() -> act("dlh.dispatch", id, "dispatch", Map.of()).andExpect(status().isOk()));
		act("hexi.dispatch", id, "accept", Map.of()).andExpect(status().isOk());
		assertThat(beside(EventClosed.class, EventClosed::eventId,
				() -> act("hexi.dispatch", id, "reply", Map.of("reply", "已处理。")).andExpect(status().isOk())))
			.extracting(EventClosed::eventId)
			.containsExactly(id);
	}

	@Test
	void aMergedDuplicateCameWithItsStep() throws Exception {
		long target = received(FUMES, "632802001").get("id").asLong();
		long duplicate = received(FUMES, "632802001").get("id").asLong();
		assertThat(beside(EventClosed.class, EventClosed::eventId,
				() -> act("dlh.dispatch", duplicate, "merge", Map.of("into", target)).andExpect(status().isOk())))
			.extracting(EventClosed::eventId)
			.containsExactly(duplicate);
	}

	private <M> List<M> beside(Class<M> milestone, ToLongFunction<M> eventId, Call call) throws Exception {
		return eachBesideItsStep(events, milestone, eventId, EventProgressed.class, EventProgressed::eventId, call);
	}
}
