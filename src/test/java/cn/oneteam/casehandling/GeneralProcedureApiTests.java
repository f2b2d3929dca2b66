package cn.oneteam.casehandling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import cn.oneteam.IntegrationTest;
import cn.oneteam.identity.Accounts;
import cn.oneteam.organization.Officers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The general procedure end to end through the API: a clue about 露天烧烤 at 德令哈 becomes a filed case, is
 * investigated, reviewed, notified, decided, served, paid and closed; the heads approve through their chains; a
 * decision before the response period ends is refused and the refusal recorded; the record verifies, and a fine
 * changed in the database behind the procedure is detected.
 */
class GeneralProcedureApiTests extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Officers officers;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	private long person(String username) {
		return officers.personOfAccount(accounts.idOf(username).orElseThrow()).orElseThrow().id().value();
	}

	private JsonNode body(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString());
	}

	private JsonNode act(String user, long id, String action, String body) throws Exception {
		return body(mvc.perform(post("/api/v1/cases/" + id + "/" + action).with(as(user)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isOk()));
	}

	private JsonNode approveAll(long id, String... approvers) throws Exception {
		JsonNode detail = null;
		for (String approver : approvers) {
			long request = body(mvc.perform(get("/api/v1/cases/" + id + "/procedure").with(as(approver))))
				.get("pendingApproval").get("id").asLong();
			detail = body(mvc.perform(post("/api/v1/cases/approvals/" + request + "/approve").with(as(approver)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\":\"同意\"}")).andExpect(status().isOk()));
		}
		return detail;
	}

	@Test
	void clueToClosedCase() throws Exception {
		JsonNode clue = body(mvc.perform(post("/api/v1/cases/clues").with(as("dlh.officer1")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"matter":"HX-CG-009","place":"632802003","partyKind":"ORGANISATION","partyName":"某烧烤城（普通程序测试）",
					 "facts":"在禁止时段露天烧烤","source":"INSPECTION","discoveredOn":"2026-06-01"}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.stage").value("CLUE"))
			.andExpect(jsonPath("$.clocks[0].kind").value("CLUE_VERIFICATION"))
			// 15 working days after Mon 1 June 2026, 端午 Fri 19 June a holiday
			.andExpect(jsonPath("$.clocks[0].dueOn").value("2026-06-23")));
		long id = clue.get("id").asLong();

		JsonNode filing = act("dlh.officer1", id, "file", """
				{"filedOn":"2026-06-03","actOn":"2026-05-30","lifeHealthOrFinanceWithHarm":false,"officers":[%d,%d]}"""
			.formatted(person("dlh.officer1"), person("dlh.officer2")));
		assertThat(filing.get("stage").asString()).isEqualTo("CLUE");
		assertThat(filing.get("pendingApproval").get("steps").toString()).isEqualTo("[\"SQUAD_HEAD\",\"BUREAU_HEAD\"]");

		JsonNode filed = approveAll(id, "dlh.squad", "dlh.head");
		assertThat(filed.get("stage").asString()).isEqualTo("INVESTIGATING");
		assertThat(filed.get("clocks").toString()).contains("\"kind\":\"DECISION\"").contains("\"dueOn\":\"2026-09-01\"");

		act("dlh.officer1", id, "record-investigation", """
				{"kind":"INSPECTION","on":"2026-06-05","summary":"现场检查，烧烤摊位3处","officers":[%d,%d],"certificateShown":true}"""
			.formatted(person("dlh.officer1"), person("dlh.officer2")));
		act("dlh.officer1", id, "submit-report", """
				{"on":"2026-06-10","outcome":"PENALTY","kinds":["FINE"],"fine":2000,"circumstances":[],
				 "complexOrMajor":false,"majorPublicInterest":false,"majorRights":false,"multipleRelations":false,
				 "reviewRequiredByLaw":false,"summary":"事实清楚，证据确凿"}""");
		JsonNode reviewed = act("dlh.legal", id, "review-case", """
				{"on":"2026-06-11","opinion":"AGREE","text":"同意"}""");
		assertThat(reviewed.get("stage").asString()).isEqualTo("PROPOSAL");
		act("dlh.officer1", id, "propose", "{\"on\":\"2026-06-11\"}");
		assertThat(approveAll(id, "dlh.head").get("stage").asString()).isEqualTo("NOTICE");
		act("dlh.officer1", id, "serve-notice", "{\"servedOn\":\"2026-06-15\",\"hearingRightNotified\":false}");

		// five working days after 15 June run to 23 June (19 June is 端午): a decision on 22 June is refused
		mvc.perform(post("/api/v1/cases/" + id + "/decide").with(as("dlh.officer1")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"decidedOn\":\"2026-06-22\",\"outcome\":\"PENALTY\",\"kinds\":[\"FINE\"],\"fine\":2000}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.reasons[0]").value("case.response-period-running"));
		act("dlh.officer1", id, "decide", """
				{"decidedOn":"2026-06-24","outcome":"PENALTY","kinds":["FINE"],"fine":2000}""");
		JsonNode decided = approveAll(id, "dlh.head");
		assertThat(decided.get("stage").asString()).isEqualTo("DECIDED");
		JsonNode served = act("dlh.officer1", id, "serve-decision",
				"{\"on\":\"2026-06-24\",\"method\":\"DIRECT\",\"addressConfirmationSigned\":false}");
		assertThat(served.get("paymentDue").asString()).isEqualTo("2026-07-09");
		act("dlh.officer1", id, "record-payment", "{\"paidOn\":\"2026-07-01\",\"amount\":2000,\"reference\":\"PAY-1\"}");
		act("dlh.officer1", id, "close", "{\"on\":\"2026-07-02\",\"summary\":\"罚款已缴清\"}");
		JsonNode closed = approveAll(id, "dlh.squad", "dlh.head");
		assertThat(closed.get("stage").asString()).isEqualTo("CLOSED");

		JsonNode record = body(mvc.perform(get("/api/v1/cases/" + id + "/record").with(as("dlh.officer1"))));
		List<String> actions = record.valueStream().map(e -> e.get("action").asString()).toList();
		assertThat(actions).contains("register-clue", "requested:file", "approved:file", "refused:decide",
				"approved:close");
		mvc.perform(get("/api/v1/cases/" + id + "/record/verify").with(as("dlh.officer1")))
			.andExpect(jsonPath("$.intact").value(true));
		jdbc.sql("update penalty_case set fine = 200 where id = ?").param(id).update();
		mvc.perform(get("/api/v1/cases/" + id + "/record/verify").with(as("dlh.officer1")))
			.andExpect(jsonPath("$.intact").value(false))
			.andExpect(jsonPath("$.reason").value("case-changed"));
	}
}
