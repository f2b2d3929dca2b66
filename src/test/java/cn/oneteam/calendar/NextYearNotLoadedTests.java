package cn.oneteam.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.OffsetDateTime;

import cn.oneteam.IntegrationTest;
import cn.oneteam.NextYear;
import cn.oneteam.identity.Accounts;
import cn.oneteam.organization.Officers;
import cn.oneteam.organization.Organizations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Late in December, before the State Council has published next year's holidays (the shipped calendar ends with
 * 2026), nothing is refused: an on-the-spot decision, an intake event and a whistle whose deadlines fall in 2027 are
 * accepted, and each such deadline is provisional (counted with weekends only) in the API and on the page, as the
 * general procedure's clocks are. Loading 2027 counts them again on the official calendar
 * (docs/adr/0004-general-procedure.md). Runs on a clock fixed at Wednesday 30 December 2026; 2027 is removed again
 * afterwards, since the database is shared with the other tests.
 */
@Import(NextYearNotLoadedTests.December.class)
class NextYearNotLoadedTests extends IntegrationTest {

	static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-30T10:00+08:00");

	private static final String PROVISIONAL_BADGE = "class=\"badge text-bg-warning\">暂定</span>";

	@TestConfiguration
	static class December {

		@Bean
		@Primary
		Clock lateDecember() {
			return NextYear.fixedAt(NOW);
		}
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Officers officers;

	@Autowired
	Accounts accounts;

	@Autowired
	Organizations organizations;

	@AfterAll
	static void unloadTheTestsYear() {
		NextYear.unload2027();
	}

	@Test
	void deadlinesInAYearNotLoadedAreProvisionalAndCountedAgainWhenItIsLoaded() throws Exception {
		assertThat(jdbc.sql("select count(*) from calendar_year where year = 2027").query(Long.class).single())
			.as("this test publishes 2027 itself").isZero();

		// an on-the-spot decision: 7 working days to archive, 15 days to pay, both into 2027
		JsonNode decided = body(send(post("/api/v1/cases/on-the-spot"), "dlh.officer1", """
				{"matter": "HX-CG-009", "place": "632802003", "decidedOn": "2026-12-30", "partyKind": "ORGANISATION",
				 "partyName": "某烧烤店", "facts": "在禁止区域露天烧烤", "penaltyKinds": ["FINE"], "fine": 800,
				 "formNumber": "DLH-J-1230", "officers": [%d, %d], "partyInformed": true}"""
			.formatted(person("dlh.officer1"), person("dlh.officer2"))).andExpect(status().isCreated()));
		long caseId = decided.get("id").asLong();
		// weekends only: 31 Dec, 1, 4, 5, 6, 7, 8 Jan
		assertThat(decided.get("archiveDue").asText()).isEqualTo("2027-01-08");
		assertThat(decided.get("archiveDueProvisional").asBoolean()).isTrue();
		assertThat(decided.get("paymentDue").asText()).isEqualTo("2027-01-14");
		assertThat(decided.get("paymentDueProvisional").asBoolean()).isTrue();
		assertThat(page("dlh.officer1", "/cases/" + caseId)).contains("id=\"case-archive-due-provisional\"",
				"id=\"case-payment-due-provisional\"", "暂定");

		// an intake event: 3 working days to dispatch, the reply's working days, both into 2027
		String tracking = body(send(post("/api/v1/intake/events"), "dlh.dispatch", """
				{"requestType": "COMPLAINT", "description": "占道经营，影响通行", "division": "632802003"}""")
			.andExpect(status().isCreated())).get("trackingNumber").asText();
		long eventId = jdbc.sql("select id from intake_event where tracking_number = ?").param(tracking)
			.query(Long.class).single();
		JsonNode event = body(mvc.perform(get("/api/v1/intake/events/" + eventId).with(as("admin"))));
		assertThat(event.get("dispatchDueOn").asText()).isEqualTo("2027-01-04"); // 31 Dec, 1 and 4 Jan
		assertThat(event.get("dispatchDueProvisional").asBoolean()).isTrue();
		assertThat(event.get("replyDueProvisional").asBoolean()).isTrue();
		assertThat(page("admin", "/intake/events/" + eventId)).contains("id=\"event-clocks-provisional\"", "暂定");

		// a whistle: its resolve deadline in working days runs into 2027
		long market = organizations.findByCode("632802-scjg").orElseThrow().id().value();
		JsonNode whistle = body(send(post("/api/v1/whistles"), "hexi.dispatch", """
				{"type":"ROUTINE","departments":[%d],"need":"年末占道清理","place":"632802001","address":"长江路",
				 "resolveWorkingDays":3}""".formatted(market)).andExpect(status().isCreated()));
		long whistleId = whistle.get("id").asLong();
		JsonNode resolve = resolveClock(whistle, market);
		assertThat(resolve.get("dueOn").asText()).isEqualTo("2027-01-04");
		assertThat(resolve.get("provisional").asBoolean()).isTrue();
		assertThat(page("hexi.dispatch", "/whistles/" + whistleId)).contains(PROVISIONAL_BADGE);

		// 2027 is published: every provisional deadline is counted again, and each move is in the record
		send(put("/api/v1/calendar/years/2027"), "admin", NextYear.SCHEDULE_2027).andExpect(status().isOk());

		JsonNode recounted = body(mvc.perform(get("/api/v1/cases/" + caseId).with(as("dlh.officer1"))));
		assertThat(recounted.get("archiveDue").asText()).isEqualTo("2027-01-11"); // 1 January is a holiday
		assertThat(recounted.get("archiveDueProvisional").asBoolean()).isFalse();
		assertThat(recounted.get("paymentDue").asText()).isEqualTo("2027-01-14"); // a working day: it stays
		assertThat(recounted.get("paymentDueProvisional").asBoolean()).isFalse();
		assertThat(page("dlh.officer1", "/cases/" + caseId)).doesNotContain("case-archive-due-provisional");
		assertThat(actions("/api/v1/cases/" + caseId + "/record", "dlh.officer1")).contains("calendar-moved");
		assertThat(body(mvc.perform(get("/api/v1/cases/" + caseId + "/record/verify").with(as("dlh.officer1"))))
			.get("intact").asBoolean()).isTrue();

		JsonNode recountedEvent = body(mvc.perform(get("/api/v1/intake/events/" + eventId).with(as("admin"))));
		assertThat(recountedEvent.get("dispatchDueOn").asText()).isEqualTo("2027-01-05");
		assertThat(recountedEvent.get("dispatchDueProvisional").asBoolean()).isFalse();
		assertThat(recountedEvent.get("replyDueProvisional").asBoolean()).isFalse();
		assertThat(page("admin", "/intake/events/" + eventId)).doesNotContain("event-clocks-provisional");
		assertThat(actions("/api/v1/intake/events/" + eventId + "/record", "admin")).contains("calendar-moved");

		JsonNode recountedResolve = resolveClock(
				body(mvc.perform(get("/api/v1/whistles/" + whistleId).with(as("hexi.dispatch")))), market);
		assertThat(recountedResolve.get("dueOn").asText()).isEqualTo("2027-01-05");
		assertThat(recountedResolve.get("provisional").asBoolean()).isFalse();
		assertThat(page("hexi.dispatch", "/whistles/" + whistleId)).doesNotContain(PROVISIONAL_BADGE);
	}

	private long person(String username) {
		return officers.personOfAccount(accounts.idOf(username).orElseThrow()).orElseThrow().id().value();
	}

	private ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String user, String body) throws Exception {
		return mvc.perform(request.with(as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private String page(String user, String path) throws Exception {
		return mvc.perform(get(path).with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	private String actions(String path, String user) throws Exception {
		return body(mvc.perform(get(path).with(as(user))).andExpect(status().isOk())).findValuesAsString("action")
			.toString();
	}

	private static JsonNode resolveClock(JsonNode whistle, long department) {
		for (JsonNode r : whistle.get("responders")) {
			if (r.get("departmentId").asLong() == department) {
				for (JsonNode c : r.get("clocks")) {
					if ("RESOLVE".equals(c.get("kind").asText())) {
						return c;
					}
				}
			}
		}
		throw new AssertionError("no resolve clock for " + department);
	}
}
