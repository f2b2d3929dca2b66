package cn.oneteam.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import cn.oneteam.calendar.WorkingDayCalendar;
import cn.oneteam.identity.Accounts;
import cn.oneteam.organization.Officers;
import cn.oneteam.shared.ChinaTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * The closed loop: a hotline order received once however often it is sent, dispatched, accepted, replied, rated once
 * by the reporter; "not fixed" reopens to the same unit; returns count and escalate; the clocks and overdue alerts.
 */
class ClosedLoopTests extends IntakeTest {

	@Autowired
	private EventAlerts alerts;

	@Autowired
	private WorkingDayCalendar calendar;

	@Test
	void aRepeatedHotlineOrderIsAcknowledgedWithTheSameReceiptAndNothingNew() throws Exception {
		Map<String, Object> order = order(FUMES, "632802001", "河西街道某饭店油烟直排");
		JsonNode first = body(hotline(order).andExpect(status().isCreated()));
		int before = events();
		JsonNode again = body(hotline(order).andExpect(status().isOk()));
		assertThat(again.get("trackingNumber").asText()).isEqualTo(first.get("trackingNumber").asText());
		assertThat(again.get("repeated").asBoolean()).isTrue();
		assertThat(events()).isEqualTo(before);
		assertThat(TrackingNumber.valid(first.get("trackingNumber").asText())).isTrue();
	}

	@Test
	void theReporterFollowsTheEventSeesTheReplyAndRatesItOnce() throws Exception {
		JsonNode event = received(FUMES, "632802001");
		long id = event.get("id").asLong();
		String tracking = event.get("trackingNumber").asText();
		act("dlh.dispatch", id, "dispatch", Map.of()).andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("DISPATCHED"));
		// the bureau is not the unit it went to
		act("dlh.squad", id, "accept", Map.of()).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:intake.not-your-unit"));
		act("hexi.dispatch", id, "accept", Map.of()).andExpect(status().isOk());
		mvc.perform(get("/api/v1/intake/inbox").with(as("hexi.dispatch")))
			.andExpect(jsonPath("$[?(@.trackingNumber == '" + tracking + "')].state").value("ACCEPTED"));
		act("hexi.dispatch", id, "reply", Map.of("reply", "已责令安装油烟净化设施，复查合格。")).andExpect(status().isOk());

		mvc.perform(get("/api/v1/public/events/" + tracking))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("REPLIED"))
			.andExpect(jsonPath("$.reply").value("已责令安装油烟净化设施，复查合格。"))
			.andExpect(jsonPath("$.agency").value("河西街道办事处"))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("13812345678"))))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("张三丰"))));
		rate(tracking, "SATISFIED").andExpect(status().isOk()).andExpect(jsonPath("$.satisfaction").value("SATISFIED"));
		rate(tracking, "DISSATISFIED").andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:intake.already-rated"));
		assertThat(byTracking(tracking).get("satisfaction").asText()).isEqualTo("SATISFIED");
	}

	@Test
	void notFixedReopensToTheSameUnitWithACounter() throws Exception {
		JsonNode event = received(FUMES, "632802001");
		long id = event.get("id").asLong();
		String tracking = event.get("trackingNumber").asText();
		act("dlh.dispatch", id, "dispatch", Map.of()).andExpect(status().isOk());
		act("hexi.dispatch", id, "accept", Map.of()).andExpect(status().isOk());
		act("hexi.dispatch", id, "reply", Map.of("reply", "已处理")).andExpect(status().isOk());
		mvc.perform(post("/api/v1/public/events/" + tracking + "/not-fixed").contentType(MediaType.APPLICATION_JSON)
			.content("{\"comment\":\"还在冒烟\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("ACCEPTED"))
			.andExpect(jsonPath("$.reopenCount").value(1));
		JsonNode reopened = byTracking(tracking);
		assertThat(reopened.get("assignedOrgId").asLong()).isEqualTo(org("632802001-gov"));
		assertThat(reopened.get("reply").isNull()).isTrue();
		act("hexi.dispatch", id, "reply", Map.of("reply", "已拆除直排管道")).andExpect(status().isOk());
		rate(tracking, "BASICALLY_SATISFIED").andExpect(status().isOk());
	}

	@Test
	void repeatedReturnsCountAgainstTheUnitAndGoToTheCounty() throws Exception {
		JsonNode event = received(FUMES, "632802003");
		long id = event.get("id").asLong();
		act("dlh.dispatch", id, "dispatch", Map.of()).andExpect(status().isOk());
		act("dlh.squad", id, "return", Map.of("reason", " ")).andExpect(status().isBadRequest());
		act("dlh.squad", id, "return", Map.of("reason", "不属于本局职责")).andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("RETURNED"))
			.andExpect(jsonPath("$.returnCount").value(1));
		act("dlh.dispatch", id, "dispatch", Map.of()).andExpect(status().isOk());
		act("dlh.squad", id, "return", Map.of("reason", "仍不属于本局职责")).andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("DISPUTED"))
			.andExpect(jsonPath("$.escalated").value(true));
		assertThat(jdbc.sql("select count(*) from intake_return where event_id = ? and org_id = ?")
			.params(id, org("632802-zhzf")).query(Integer.class).single()).isEqualTo(2);
		assertThat(jdbc.sql("select reason from intake_dispute where event_id = ?").param(id).query(String.class)
			.single()).isEqualTo("REFUSED");
	}

	@Test
	void clocksFollowThePriorityAndTheCalendarAndOverdueRaisesOneAlert() throws Exception {
		Map<String, Object> urgent = Map.of("orderId", "URG" + System.nanoTime(), "order", Map.of("requestType", "HELP",
				"matter", FUMES, "description", "紧急：油烟引燃", "division", "632802003", "priority", "URGENT"));
		JsonNode event = byTracking(body(hotline(urgent)).get("trackingNumber").asText());
		long id = event.get("id").asLong();
		LocalDate today = ChinaTime.local(OffsetDateTime.now()).toLocalDate();
		assertThat(LocalDate.parse(event.get("dispatchDueOn").asText()))
			.isEqualTo(calendar.workingDaysAfter(today, 3).date());
		assertThat(LocalDate.parse(event.get("replyDueOn").asText())).isEqualTo(calendar.workingDaysAfter(today, 1).date());
		JsonNode dispatched = body(act("dlh.dispatch", id, "dispatch", Map.of()));
		OffsetDateTime at = OffsetDateTime.parse(dispatched.get("dispatchedAt").asText());
		assertThat(OffsetDateTime.parse(dispatched.get("acceptDueAt").asText())).isEqualTo(at.plusHours(1));

		jdbc.sql("update intake_event set accept_due_at = now() - interval '5 minutes' where id = ?").param(id).update();
		alerts.scan();
		alerts.scan();
		assertThat(alerts.of(id)).extracting(EventAlerts.Alert::kind).containsExactly("ACCEPT_OVERDUE");
		mvc.perform(get("/api/v1/intake/events/overdue").with(as("dlh.dispatch")))
			.andExpect(jsonPath("$[?(@.id == " + id + ")]").isNotEmpty());
		mvc.perform(get("/api/v1/intake/events/" + id + "/record").with(as("dlh.dispatch")))
			.andExpect(jsonPath("$[-1].action").value("overdue"));
		act("dlh.dispatch", id, "urge", Map.of("note", "请立即签收")).andExpect(jsonPath("$.urgeCount").value(1));
	}

	/** A 1×1 PNG, as a grid worker's phone might send. */
	private static final byte[] PNG = java.util.HexFormat.of().parseHex("89504E470D0A1A0A0000000D49484452000000010000000108060000001F15C4890000000A49444154789C6360000000020001E221BC330000000049454E44AE426082");

	@Autowired
	EventRepository repository;

	@Autowired
	Officers officers;

	@Autowired
	Accounts accounts;

	@Test
	void itsPhotosGoWithTheClueAsEvidenceWhenTwoOfficersAdoptThem() throws Exception {
		JsonNode event = received(FUMES, "632802003");
		long id = event.get("id").asLong();
		repository.insertPhoto(id, "image/png", PNG);
		act("dlh.dispatch", id, "dispatch", Map.of()).andExpect(status().isOk());
		act("dlh.squad", id, "accept", Map.of()).andExpect(status().isOk());
		long officer1 = officers.personOfAccount(accounts.idOf("dlh.officer1").orElseThrow()).orElseThrow().id().value();
		long officer2 = officers.personOfAccount(accounts.idOf("dlh.officer2").orElseThrow()).orElseThrow().id().value();
		// one officer is not enough (处罚法 §42): nothing happens, not even the clue
		act("dlh.squad", id, "clue", Map.of("partyKind", "ORGANISATION", "partyName", "某饭店", "officers", List.of(officer1)))
			.andExpect(status().isUnprocessableContent());
		assertThat(byTracking(event.get("trackingNumber").asText()).get("caseId").isNull()).isTrue();
		long caseId = body(act("dlh.squad", id, "clue", Map.of("partyKind", "ORGANISATION", "partyName", "某饭店",
				"officers", List.of(officer1, officer2))).andExpect(status().isOk())).get("caseId").asLong();
		JsonNode evidence = body(mvc.perform(get("/api/v1/cases/" + caseId + "/evidence").with(as("dlh.squad"))));
		assertThat(evidence.size()).isEqualTo(1);
		assertThat(evidence.get(0).get("type").asText()).isEqualTo("AUDIO_VISUAL");
		assertThat(evidence.get(0).get("sha256").asText()).isEqualTo(cn.oneteam.shared.Sha256.hex(PNG));
		assertThat(evidence.get(0).get("source").asText()).contains(event.get("trackingNumber").asText());
	}

	@Test
	void anEventBecomesACaseClueAndKeepsTheLink() throws Exception {
		JsonNode event = received(FUMES, "632802003");
		long id = event.get("id").asLong();
		act("dlh.dispatch", id, "dispatch", Map.of()).andExpect(status().isOk());
		act("dlh.squad", id, "accept", Map.of()).andExpect(status().isOk());
		JsonNode linked = body(act("dlh.squad", id, "clue", Map.of("partyKind", "ORGANISATION", "partyName", "某饭店"))
			.andExpect(status().isOk()));
		long caseId = linked.get("caseId").asLong();
		mvc.perform(get("/api/v1/cases/" + caseId + "/procedure").with(as("dlh.squad")))
			.andExpect(jsonPath("$.source").value("HOTLINE_12345"))
			.andExpect(jsonPath("$.facts").value(org.hamcrest.Matchers.containsString(event.get("trackingNumber").asText())));
		act("dlh.squad", id, "clue", Map.of("partyKind", "ORGANISATION", "partyName", "某饭店"))
			.andExpect(status().isConflict());
		// the case page links back to the event, which opens within the jurisdiction only
		String tracking = event.get("trackingNumber").asText();
		assertThat(mvc.perform(get("/cases/" + caseId).with(as("dlh.squad"))).andReturn().getResponse()
			.getContentAsString()).contains("id=\"case-event\"", "/intake/events/by-tracking/" + tracking);
		mvc.perform(get("/intake/events/by-tracking/" + tracking).with(as("dlh.squad")))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/intake/events/" + id));
		assertThat(mvc.perform(get("/intake/events/by-tracking/" + tracking).with(as("grm.officer1"))).andReturn()
			.getResponse().getStatus()).isIn(403, 404);
	}

	private org.springframework.test.web.servlet.ResultActions rate(String tracking, String satisfaction)
			throws Exception {
		return mvc.perform(post("/api/v1/public/events/" + tracking + "/rating").contentType(MediaType.APPLICATION_JSON)
			.content("{\"satisfaction\":\"" + satisfaction + "\"}"));
	}
}
