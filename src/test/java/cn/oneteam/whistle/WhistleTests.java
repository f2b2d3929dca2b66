package cn.oneteam.whistle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import cn.oneteam.audit.FullProcessRecord;
import cn.oneteam.audit.RecordEntry;
import cn.oneteam.calendar.CalendarYearLoaded;
import cn.oneteam.identity.Role;
import cn.oneteam.organization.BodyType;
import cn.oneteam.organization.OrganizationKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/** 吹哨报到 through the API: the whole flow, its bad input, jurisdiction, overdue alerts and the record. */
class WhistleTests extends WhistleApiTest {

	@Autowired
	FullProcessRecord record;

	@Autowired
	WhistleWatch watch;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void townshipWhistlesDepartmentsAnswerTownshipConfirmsAndRatesOnce() throws Exception {
		JsonNode raised = raise(List.of(market(), ecology()), "");
		long id = raised.get("id").asLong();
		assertThat(raised.get("state").asText()).isEqualTo("OPEN");
		assertThat(responder(raised, market()).get("state").asText()).isEqualTo("SUMMONED");
		assertThat(responder(raised, market()).get("clocks").get(0).get("status").asText()).isEqualTo("RUNNING");

		JsonNode answered = answer(MARKET, id);
		JsonNode market = responder(answered, market());
		assertThat(market.get("state").asText()).isEqualTo("REPORTED");
		assertThat(market.get("latitude").decimalValue()).isEqualByComparingTo("37.37");
		assertThat(market.get("clocks").findValuesAsString("status")).containsOnly("ON_TIME");
		post(HEXI, "/api/v1/whistles/" + id + "/confirm", "").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("whistle.not-all-reported"));
		post(HEXI, "/api/v1/whistles/" + id + "/rate", """
				{"department":%d,"scores":%s}""".formatted(market(), scores(5, 5, 5, 5)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("whistle.rate-before-closure"));

		answer(ECOLOGY, id);
		assertThat(act(HEXI, id, "confirm", "").get("state").asText()).isEqualTo("CLOSED");
		JsonNode rated = act(HEXI, id, "rate", """
				{"department":%d,"scores":%s,"comment":"响应迅速"}""".formatted(market(), scores(5, 4, 4, 3)));
		assertThat(responder(rated, market()).get("rating").get("score").decimalValue()).isEqualByComparingTo("80.00");
		post(HEXI, "/api/v1/whistles/" + id + "/rate", """
				{"department":%d,"scores":%s}""".formatted(market(), scores(1, 1, 1, 1)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("whistle.already-rated"))
			.andExpect(jsonPath("$.title").value("已评价"));
		assertThat(responder(act(HEXI, id, "rate", """
				{"department":%d,"scores":%s}""".formatted(ecology(), scores(3, 3, 3, 3))), ecology())
			.get("rating").get("score").decimalValue()).isEqualByComparingTo("60.00");

		List<RecordEntry> entries = record.entries(WhistleRecorded.SUBJECT, id);
		assertThat(entries).extracting(RecordEntry::action)
			.containsExactly("raised", "acknowledged", "arrived", "reported", "acknowledged", "arrived", "reported",
					"closed", "rated", "rated");
		assertThat(record.verify(WhistleRecorded.SUBJECT, id).intact()).isTrue();
	}

	@Test
	void aWhistleToADepartmentOutsideTheCountyIsRefusedAndChangesNothing() throws Exception {
		long golmud = org("632801-scjg");
		int before = body(get(HEXI, "/api/v1/whistles")).size();
		post(HEXI, "/api/v1/whistles", """
				{"type":"ROUTINE","departments":[%d,%d],"need":"需要协助","place":"632802001","address":"长江路"}"""
			.formatted(market(), golmud))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("whistle.department-outside-county"))
			.andExpect(jsonPath("$.title").value("部门不在本县（市）"))
			.andExpect(jsonPath("$.detail").value("格尔木市市场监督管理局 不属于 德令哈市，乡镇（街道）只能向本县（市）的部门吹哨。"));
		mvc.perform(MockMvcRequestBuilders.post("/api/v1/whistles")
			.with(as(HEXI))
			.with(csrf())
			.header("Accept-Language", "en")
			.contentType("application/json")
			.content("""
					{"type":"ROUTINE","departments":[%d],"need":"x","place":"632802001","address":"y"}""".formatted(golmud)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.title").value("Department outside the county"));
		assertThat(body(get(HEXI, "/api/v1/whistles")).size()).isEqualTo(before);
	}

	@Test
	void badInputIsRefusedWithAProblem() throws Exception {
		post(HEXI, "/api/v1/whistles", """
				{"type":"NOPE","departments":[%d],"need":"x","place":"632802001","address":"y"}""".formatted(market()))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("whistle.type-unknown"));
		post(HEXI, "/api/v1/whistles", """
				{"type":"ROUTINE","departments":[%d],"need":"x","place":"632802100","address":"y"}""".formatted(market()))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("whistle.place-outside-township"));
		post(HEXI, "/api/v1/whistles", """
				{"type":"ROUTINE","departments":[%d],"need":"x","place":"632802001","address":"y","reportMinutes":2}"""
			.formatted(market()))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("whistle.requirement-out-of-bounds"));
		post(HEXI, "/api/v1/whistles", """
				{"type":"ROUTINE","departments":[%d],"need":"x","place":"632802001","address":"y",
				 "raisedAt":"%s"}""".formatted(market(), OffsetDateTime.now().minusDays(8)))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("whistle.raised-at-out-of-range"));
		post(HEXI, "/api/v1/whistles", """
				{"type":"ROUTINE","departments":[%d],"need":"x","place":"632802001","address":"y"}"""
			.formatted(org("632802001-gov")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("whistle.not-a-department"));

		long id = raise(List.of(market()), "").get("id").asLong();
		post(MARKET, "/api/v1/whistles/" + id + "/arrive", """
				{"place":"x"}""").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("whistle.step-out-of-order"));
		act(MARKET, id, "acknowledge", "");
		post(MARKET, "/api/v1/whistles/" + id + "/arrive", """
				{"place":"x","latitude":97.36,"longitude":37.37}""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("whistle.coordinates-invalid"));
		post(MARKET, "/api/v1/whistles/" + id + "/arrive", """
				{"place":"x","latitude":37.36}""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("whistle.coordinates-invalid"));
		post(MARKET, "/api/v1/whistles/" + id + "/arrive", """
				{"place":"x","arrivedAt":"%s"}""".formatted(OffsetDateTime.now().minusHours(1)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("whistle.arrived-at-out-of-range"));
		assertThat(responder(body(get(MARKET, "/api/v1/whistles/" + id)), market()).get("state").asText())
			.isEqualTo("ACKNOWLEDGED");
	}

	@Test
	void onlyTheTownshipRaisesAndActsForItAndOnlyTheSummonedDepartmentAnswers() throws Exception {
		long id = raise(List.of(market()), "").get("id").asLong();
		post("dlh.dispatch", "/api/v1/whistles", """
				{"type":"ROUTINE","departments":[%d],"need":"x","place":"632802001","address":"y"}""".formatted(market()))
			.andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("whistle.not-a-township"));
		post(MARKET, "/api/v1/whistles", """
				{"type":"ROUTINE","departments":[%d],"need":"x","place":"632802001","address":"y"}""".formatted(market()))
			.andExpect(status().isForbidden());
		post(ECOLOGY, "/api/v1/whistles/" + id + "/acknowledge", "").andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("whistle.not-summoned"));
		post("grm.market", "/api/v1/whistles/" + id + "/acknowledge", "").andExpect(status().isForbidden());
		post("gahai.dispatch", "/api/v1/whistles/" + id + "/urge", """
				{"department":%d}""".formatted(market())).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("whistle.not-raiser"));
		get("gahai.dispatch", "/api/v1/whistles/" + id).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("whistle.outside-jurisdiction"));
		get("grm.market", "/api/v1/whistles/" + id).andExpect(status().isForbidden());
		get(MARKET, "/api/v1/whistles/" + id).andExpect(status().isOk());
		get("dlh.head", "/api/v1/whistles/" + id).andExpect(status().isOk());

		assertThat(body(get("gahai.dispatch", "/api/v1/whistles")).findValuesAsString("township")).isNotEmpty()
			.allMatch(code -> code.startsWith("632802100"));
		assertThat(ids(get("gahai.dispatch", "/api/v1/whistles"))).doesNotContain(id);
		assertThat(ids(get(HEXI, "/api/v1/whistles"))).contains(id);
		assertThat(ids(get(MARKET, "/api/v1/whistles/inbox"))).contains(id);
		assertThat(ids(get(ECOLOGY, "/api/v1/whistles/inbox"))).doesNotContain(id);
		assertThat(ids(get("grm.market", "/api/v1/whistles"))).doesNotContain(id);
	}

	@Test
	void aBodyStationedInATownshipWhistlesForThatTownship() throws Exception {
		long group = freshOrganization(OrganizationKind.DEPARTMENT, BodyType.STATIONED, "632802200");
		String dispatcher = user(group, Role.DISPATCHER);
		JsonNode raised = body(post(dispatcher, "/api/v1/whistles", """
				{"type":"EMERGENCY","departments":[%d],"need":"牧道堵塞","place":"632802200","address":"蓄集乡"}"""
			.formatted(market())).andExpect(status().isCreated()));
		assertThat(raised.get("township").asText()).isEqualTo("632802200");
		assertThat(raised.get("requirement").get("reportMinutes").asInt()).isEqualTo(10);
		post(dispatcher, "/api/v1/whistles", """
				{"type":"ROUTINE","departments":[%d],"need":"x","place":"632802001","address":"y"}""".formatted(market()))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("whistle.place-outside-township"));
	}

	@Test
	void theTownshipUrgesAndReopensWithACounter() throws Exception {
		long id = raise(List.of(market(), ecology()), "").get("id").asLong();
		JsonNode urged = act(HEXI, id, "urge", """
				{"department":%d,"note":"请尽快到场"}""".formatted(ecology()));
		assertThat(responder(urged, ecology()).get("urgeCount").asInt()).isEqualTo(1);
		answer(MARKET, id);
		answer(ECOLOGY, id);
		post(HEXI, "/api/v1/whistles/" + id + "/urge", """
				{"department":%d}""".formatted(market())).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("whistle.already-reported"));
		JsonNode reopened = act(HEXI, id, "reopen", """
				{"reason":"异味未消除","departments":[%d]}""".formatted(ecology()));
		assertThat(reopened.get("reopenCount").asInt()).isEqualTo(1);
		assertThat(responder(reopened, ecology()).get("state").asText()).isEqualTo("ARRIVED");
		assertThat(responder(reopened, market()).get("state").asText()).isEqualTo("REPORTED");
		assertThat(act(ECOLOGY, id, "report", """
				{"result":"已监测并书面反馈"}""").get("awaitingConfirmation").asBoolean()).isTrue();
		assertThat(act(HEXI, id, "confirm", "").get("state").asText()).isEqualTo("CLOSED");
		post(MARKET, "/api/v1/whistles/" + id + "/acknowledge", "").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("whistle.closed"));
		assertThat(record.entries(WhistleRecorded.SUBJECT, id)).extracting(RecordEntry::action)
			.contains("urged", "reopened");
	}

	@Test
	void theScanRaisesAnAlertForEachOverdueClockOnceAndRecordsIt() throws Exception {
		OffsetDateTime threeHoursAgo = OffsetDateTime.now().minusHours(3).truncatedTo(ChronoUnit.SECONDS);
		long id = raise(List.of(market(), ecology()), "\"raisedAt\":\"" + threeHoursAgo + "\"").get("id").asLong();
		act(ECOLOGY, id, "acknowledge", "");
		JsonNode before = body(get(HEXI, "/api/v1/whistles/" + id));
		assertThat(responder(before, market()).get("clocks").get(0).get("status").asText()).isEqualTo("OVERDUE");
		assertThat(responder(before, ecology()).get("clocks").get(0).get("status").asText()).isEqualTo("LATE");
		assertThat(responder(before, market()).get("alerts")).isEmpty();

		assertThat(watch.scan()).isGreaterThanOrEqualTo(3);
		JsonNode after = body(get(HEXI, "/api/v1/whistles/" + id));
		assertThat(json.convertValue(responder(after, market()).get("alerts"), List.class))
			.containsExactly("REPORT", "ARRIVE");
		assertThat(json.convertValue(responder(after, ecology()).get("alerts"), List.class)).containsExactly("ARRIVE");
		assertThat(record.entries(WhistleRecorded.SUBJECT, id)).filteredOn(e -> e.action().equals("overdue"))
			.hasSize(3)
			.allMatch(e -> e.actorAccountId() == 0L);

		watch.scan();
		assertThat(record.entries(WhistleRecorded.SUBJECT, id)).filteredOn(e -> e.action().equals("overdue"))
			.hasSize(3);
		JsonNode row = body(get(HEXI, "/api/v1/whistles"));
		assertThat(ids(get(HEXI, "/api/v1/whistles"))).contains(id);
		for (JsonNode r : row) {
			if (r.get("id").asLong() == id) {
				assertThat(r.get("alerts").asInt()).isEqualTo(3);
			}
		}
	}

	@Test
	void aLoadedYearRecountsTheProvisionalResolveDeadlines() throws Exception {
		long id = raise(List.of(market()), "\"resolveWorkingDays\":3").get("id").asLong();
		JsonNode counted = responder(body(get(HEXI, "/api/v1/whistles/" + id)), market()).get("clocks").get(2);
		// as if counted while its year was not loaded yet
		jdbc.sql("update whistle_summons set resolve_due_on = resolve_due_on - 1, resolve_provisional = true "
				+ "where whistle_id = ?").param(id).update();
		transactions.executeWithoutResult(s -> events.publishEvent(new CalendarYearLoaded(2026)));
		JsonNode recounted = responder(body(get(HEXI, "/api/v1/whistles/" + id)), market()).get("clocks").get(2);
		assertThat(recounted.get("dueOn").asText()).isEqualTo(counted.get("dueOn").asText());
		assertThat(recounted.get("provisional").asBoolean()).isFalse();
		assertThat(record.entries(WhistleRecorded.SUBJECT, id)).extracting(RecordEntry::action)
			.containsExactly("raised", "calendar-moved");
		// the moved due day reaches the dashboards' projection (docs/adr/0050-dashboards-and-projections.md)
		assertThat(jdbc.sql("""
				select count(*) from event_publication where event_type like '%WhistleProgressed'
				  and serialized_event like '%"step":"calendar-moved"%' and serialized_event like ?""")
			.param("%\"whistleId\":" + id + ",%").query(Long.class).single()).isPositive();
	}

	private List<Long> ids(ResultActions result) throws Exception {
		return body(result).findValues("id").stream().map(JsonNode::asLong).toList();
	}
}
