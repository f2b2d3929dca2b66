package cn.oneteam.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import cn.oneteam.shared.ChinaTime;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** 到场: the arrival clock per priority from dispatch, the unit's arrival report, its alert and the on-time arrival rate. */
class ArrivalTests extends IntakeTest {

	@Autowired
	EventAlerts alerts;

	private long accepted(String priority) throws Exception {
		Map<String, Object> order = Map.of("orderId", "ARR" + System.nanoTime(), "order", Map.of("requestType",
				"COMPLAINT", "matter", FUMES, "description", "油烟到场测试", "division", "632802003", "priority", priority));
		long id = byTracking(body(hotline(order)).get("trackingNumber").asText()).get("id").asLong();
		act("dlh.dispatch", id, "dispatch", Map.of()).andExpect(status().isOk());
		return id;
	}

	@Test
	void theArrivalClockFollowsThePriorityAndTheUnitReportsArrivalOnceWithAValidPlace() throws Exception {
		long id = accepted("HIGH");
		JsonNode dispatched = byTracking(jdbc.sql("select tracking_number from intake_event where id = ?").param(id)
			.query(String.class).single());
		assertThat(OffsetDateTime.parse(dispatched.get("arriveDueAt").asText()))
			.isEqualTo(OffsetDateTime.parse(dispatched.get("dispatchedAt").asText()).plusHours(2));
		act("dlh.squad", id, "arrive", Map.of()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("intake.wrong-state"));
		act("dlh.squad", id, "accept", Map.of()).andExpect(status().isOk());

		act("dlh.squad", id, "arrive", Map.of("latitude", 37.37)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("intake.coordinates-incomplete"));
		act("dlh.squad", id, "arrive", Map.of("latitude", 31.23, "longitude", 121.47))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("intake.coordinates-outside"));
		act("dlh.squad", id, "arrive", Map.of("at", OffsetDateTime.now().plusHours(1).toString()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("intake.arrival-time-invalid"));
		act("dlh.officer1", id, "arrive", Map.of()).andExpect(status().isOk()); // same body: its accounts act for it
		act("dlh.squad", id, "arrive", Map.of()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("intake.already-arrived"));
	}

	@Test
	void theInboxReportsArrivalAndReturnsToTheInbox() throws Exception {
		long id = accepted("NORMAL");
		act("dlh.squad", id, "accept", Map.of()).andExpect(status().isOk());
		mvc.perform(get("/intake/inbox").with(as("dlh.squad")))
			.andExpect(content().string(Matchers.containsString("/intake/events/" + id + "/arrive")));
		mvc.perform(post("/intake/events/" + id + "/arrive").param("back", "inbox").param("latitude", "abc")
			.param("longitude", "97.36").with(as("dlh.squad")).with(csrf()))
			.andExpect(redirectedUrl("/intake/inbox"));
		assertThat(jdbc.sql("select arrived_at is null from intake_event where id = ?").param(id).query(Boolean.class)
			.single()).isTrue();
		mvc.perform(post("/intake/events/" + id + "/arrive").param("back", "inbox").with(as("dlh.squad")).with(csrf()))
			.andExpect(redirectedUrl("/intake/inbox"));
		assertThat(jdbc.sql("select arrived_at is not null from intake_event where id = ?").param(id)
			.query(Boolean.class).single()).isTrue();
		mvc.perform(get("/intake/inbox").with(as("dlh.squad")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("/intake/events/" + id + "/arrive"))));
	}

	@Test
	void anOverdueArrivalRaisesOneAlertAndALateArrivalCountsAgainstTheRate() throws Exception {
		LocalDate today = ChinaTime.local(OffsetDateTime.now()).toLocalDate();
		JsonNode before = unit(today);
		long onTime = accepted("URGENT");
		act("dlh.squad", onTime, "accept", Map.of()).andExpect(status().isOk());
		act("dlh.squad", onTime, "arrive", Map.of("latitude", 37.3705, "longitude", 97.3605))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.arrivedLatitude").value(37.3705));
		long late = accepted("URGENT");
		act("dlh.squad", late, "accept", Map.of()).andExpect(status().isOk());
		jdbc.sql("update intake_event set arrive_due_at = now() - interval '5 minutes' where id = ?").param(late).update();
		alerts.scan();
		alerts.scan();
		assertThat(alerts.of(late)).extracting(EventAlerts.Alert::kind).containsExactly("ARRIVE_OVERDUE");
		assertThat(alerts.of(onTime)).isEmpty();
		mvc.perform(get("/intake/events/" + late).with(as("dlh.squad"))).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("到场超时")))
			.andExpect(content().string(Matchers.containsString("id=\"action-arrive\"")));
		act("dlh.squad", late, "arrive", Map.of()).andExpect(status().isOk());
		mvc.perform(get("/api/v1/intake/events/" + late + "/record").with(as("dlh.squad")))
			.andExpect(jsonPath("$[-1].action").value("arrived"))
			.andExpect(jsonPath("$[-1].payload").value(Matchers.containsString("\"onTime\":false")));
		mvc.perform(get("/intake/events/" + late).with(as("dlh.squad")))
			.andExpect(content().string(Matchers.containsString("（超时，应于")));

		JsonNode after = unit(today);
		assertThat(count(after, "arriveDue") - count(before, "arriveDue")).isEqualTo(2);
		assertThat(count(after, "arrivedOnTime") - count(before, "arrivedOnTime")).isEqualTo(1);
		mvc.perform(get("/intake/indicators").param("from", today.toString()).param("to", today.plusDays(1).toString())
			.with(as("dlh.dispatch"))).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("按时到场率")));
	}

	private JsonNode unit(LocalDate today) throws Exception {
		JsonNode units = body(mvc.perform(get("/api/v1/intake/indicators").param("from", today.minusDays(1).toString())
			.param("to", today.plusDays(1).toString()).with(as("dlh.dispatch"))).andExpect(status().isOk()));
		return units.valueStream().filter(u -> u.get("orgId").asLong() == org("632802-zhzf")).findFirst()
			.orElse(json.createObjectNode());
	}

	private static int count(JsonNode unit, String key) {
		return unit.has(key) ? unit.get(key).asInt() : 0;
	}
}
