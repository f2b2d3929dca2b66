package cn.oneteam.casehandling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Amounts of money in the API's JSON answers carry exactly two decimals ({@code cn.oneteam.shared.Money}): a fine
 * entered as 360 comes back as 360.00, in the answer to the action and when the case is read again, and so does one
 * decided on the spot; a coordinate of
 * the same case's evidence keeps its own three decimals; the OpenAPI schema keeps the amount a number.
 */
class MoneyInTheApiTests extends CaseApiTest {

	@Test
	void aFineHasTwoDecimalsAndACoordinateKeepsItsOwn() throws Exception {
		long id = clue("HX-CG-018", "ORGANISATION", "（金额格式）某管道工程有限公司", "2026-06-01");
		act(id, "file", """
				{"filedOn":"2026-06-02","actOn":"2026-05-29","lifeHealthOrFinanceWithHarm":false,"officers":%s}"""
			.formatted(pair()));
		approveAll(id, "dlh.squad", "dlh.head");
		String evidence = mvc.perform(post("/api/v1/cases/{id}/evidence", id).with(as("dlh.officer1")).with(csrf())
			.param("type", "INSPECTION_RECORD")
			.param("title", "现场检查笔录")
			.param("source", "执法人员现场制作")
			.param("collectedAt", "2026-06-03T10:30:00")
			.param("place", "德令哈市火车站街道人行道")
			.param("latitude", "37.369")
			.param("longitude", "97.361")
			.param("officers", String.valueOf(officer1()), String.valueOf(officer2()))
			.param("fileName", "现场笔录.txt")
			.contentType("text/plain")
			.content("现场检查笔录：擅自挖掘人行道。".getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(evidence).contains("\"latitude\":37.369", "\"longitude\":97.361");

		String reported = perform("dlh.officer1", id, "submit-report", """
				{"on":"2026-06-10","outcome":"PENALTY","kinds":["FINE"],"fine":360,"circumstances":[],%s
				 "summary":"擅自挖掘城市道路"}""".formatted(ORDINARY))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(reported).contains("\"proposedFine\":360.00,").doesNotContain("\"proposedFine\":360,");
		String read = mvc.perform(get("/api/v1/cases/{id}/procedure", id).with(as("dlh.officer1")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(read).contains("\"proposedFine\":360.00,");
		// a fine decided on the spot, in the answer and in the case list
		String onTheSpot = mvc.perform(post("/api/v1/cases/on-the-spot").with(as("dlh.officer1")).with(csrf())
			.contentType("application/json")
			.content("""
					{"matter": "HX-CG-018", "place": "632802003", "decidedOn": "2026-06-03", "partyKind": "ORGANISATION",
					 "partyName": "（金额格式）某通信工程有限公司", "facts": "擅自挖掘人行道", "penaltyKinds": ["FINE"],
					 "fine": 360, "formNumber": "DLH-J-3601", "officers": [%d, %d], "partyInformed": true}"""
				.formatted(officer1(), officer2())))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(onTheSpot).contains("\"fine\":360.00,");
		assertThat(mvc.perform(get("/api/v1/cases").with(as("dlh.officer1"))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("\"fine\":360.00,").doesNotContain("\"fine\":360,");
		// the OpenAPI schema says what the clients get: a number
		JsonNode schema = body(mvc.perform(get("/v3/api-docs"))).get("components").get("schemas").get("CaseDetail");
		assertThat(schema.get("properties").get("proposedFine").get("type").asString()).isEqualTo("number");
	}
}
