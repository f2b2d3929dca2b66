package cn.oneteam.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** 超时升级: accept and reply clocks overdue past their margin escalate to the county coordinator, once per clock. */
class EscalationTests extends IntakeTest {

	@Autowired
	EventAlerts alerts;

	private long dispatched() throws Exception {
		long id = received(FUMES, "632802003").get("id").asLong();
		act("dlh.dispatch", id, "dispatch", Map.of()).andExpect(status().isOk());
		return id;
	}

	@Test
	void anAcceptClockOverdueWithinTheMarginAlertsOnlyAndPastItEscalatesOnce() throws Exception {
		long id = dispatched();
		jdbc.sql("update intake_event set accept_due_at = now() - interval '1 hour' where id = ?").param(id).update();
		alerts.scan();
		assertThat(alerts.of(id)).extracting(EventAlerts.Alert::kind).containsExactly("ACCEPT_OVERDUE");
		assertThat(byTracking(tracking(id)).get("escalated").asBoolean()).isFalse();

		jdbc.sql("update intake_event set accept_due_at = now() - interval '3 hours' where id = ?").param(id).update();
		alerts.scan();
		alerts.scan();
		assertThat(alerts.of(id)).extracting(EventAlerts.Alert::kind)
			.containsExactly("ACCEPT_OVERDUE", "ACCEPT_OVERDUE", "ACCEPT_ESCALATED");
		assertThat(byTracking(tracking(id)).get("escalated").asBoolean()).isTrue();
		JsonNode record = body(mvc.perform(get("/api/v1/intake/events/" + id + "/record").with(as("dlh.dispatch"))));
		assertThat(record.findValuesAsString("action").stream().filter("escalated"::equals)).hasSize(1);
		mvc.perform(get("/api/v1/intake/events/escalated").with(as("dlh.dispatch")))
			.andExpect(jsonPath("$[?(@.id == " + id + ")]").isNotEmpty());
		mvc.perform(get("/intake").param("view", "escalated").with(as("dlh.dispatch"))).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(tracking(id))));
		// outside the coordinator's county it is not listed
		mvc.perform(get("/api/v1/intake/events/escalated").with(as("grm.squad")))
			.andExpect(jsonPath("$[?(@.id == " + id + ")]").isEmpty());
	}

	@Test
	void aReplyClockOverdueByMoreThanADayEscalatesAndTheEventPageSaysSo() throws Exception {
		long id = dispatched();
		act("dlh.squad", id, "accept", Map.of()).andExpect(status().isOk());
		jdbc.sql("update intake_event set reply_due_on = (now() at time zone 'Asia/Shanghai')::date - 1 where id = ?")
			.param(id).update();
		alerts.scan();
		assertThat(alerts.of(id)).extracting(EventAlerts.Alert::kind).doesNotContain("REPLY_ESCALATED");
		jdbc.sql("update intake_event set reply_due_on = (now() at time zone 'Asia/Shanghai')::date - 3 where id = ?")
			.param(id).update();
		alerts.scan();
		assertThat(alerts.of(id)).extracting(EventAlerts.Alert::kind).contains("REPLY_ESCALATED");
		mvc.perform(get("/intake/events/" + id).with(as("dlh.dispatch")))
			.andExpect(content().string(Matchers.containsString("答复超时，已升级至县级协调机构")));
	}

	private String tracking(long id) {
		return jdbc.sql("select tracking_number from intake_event where id = ?").param(id).query(String.class).single();
	}
}
