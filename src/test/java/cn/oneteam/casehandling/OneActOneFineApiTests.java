package cn.oneteam.casehandling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/**
 * 一事不再罚 (处罚法 §29) across both procedures, through the API: a fine decided on the spot counts against a second
 * fine for the same act (same party, matter and act date) on the spot or in the general procedure, and a fine decided
 * in the general procedure counts against one on the spot. Another party or another act is fined as before. Each
 * test has its own parties (the database is shared with the other suites).
 */
class OneActOneFineApiTests extends CaseApiTest {

	/** An on-the-spot fine of 800 yuan for 露天烧烤 at 德令哈 by the two certified officers. */
	private ResultActions onTheSpot(String party, String decidedOn, String form) throws Exception {
		return mvc.perform(post("/api/v1/cases/on-the-spot").with(as("dlh.officer1")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"matter": "HX-CG-009", "place": "632802003", "decidedOn": "%s", "partyKind": "ORGANISATION",
					 "partyName": "%s", "facts": "在禁止时段露天烧烤食品", "penaltyKinds": ["FINE"], "fine": 800,
					 "formNumber": "%s", "officers": [%d, %d], "partyInformed": true}"""
				.formatted(decidedOn, party, form, officer1(), officer2())));
	}

	private static void refusedAsAlreadyFined(ResultActions result) throws Exception {
		result.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("case.on-the-spot-refused"))
			.andExpect(jsonPath("$.reasons", hasItem("case.act-already-fined")));
	}

	/** A clue filed with the given act date and approved: INVESTIGATING. */
	private long filedWithAct(String party, String actOn, String filedOn) throws Exception {
		long id = clue("ORGANISATION", party, filedOn);
		act(id, "file", """
				{"filedOn":"%s","actOn":"%s","lifeHealthOrFinanceWithHarm":false,"officers":%s}"""
			.formatted(filedOn, actOn, pair()));
		approveAll(id, "dlh.squad", "dlh.head");
		return id;
	}

	private String report(String on) {
		return """
				{"on":"%s","outcome":"PENALTY","kinds":["FINE"],"fine":2000,"circumstances":[],%s
				 "summary":"事实清楚，证据确凿"}""".formatted(on, ORDINARY);
	}

	@Test
	void anActFinedOnTheSpotIsNotFinedOnTheSpotAgain() throws Exception {
		String party = "某烧烤店（一事不再罚·两次当场）";
		onTheSpot(party, "2026-10-12", "DLH-J-2901").andExpect(status().isCreated());
		refusedAsAlreadyFined(onTheSpot(party, "2026-10-12", "DLH-J-2902"));
		// another party on the same day, or the same party for another act (another day), is fined
		onTheSpot(party + "乙", "2026-10-12", "DLH-J-2903").andExpect(status().isCreated());
		onTheSpot(party, "2026-10-13", "DLH-J-2904").andExpect(status().isCreated());
	}

	@Test
	void anActFinedOnTheSpotIsNotFinedAgainInTheGeneralProcedure() throws Exception {
		String party = "某烧烤店（一事不再罚·当场后普通）";
		onTheSpot(party, "2026-10-14", "DLH-J-2911").andExpect(status().isCreated());
		long same = filedWithAct(party, "2026-10-14", "2026-10-15");
		assertThat(refused(same, "submit-report", report("2026-10-16"))).contains("case.act-already-fined");
		// the same party's act of another day goes on to a report
		long other = filedWithAct(party, "2026-10-13", "2026-10-15");
		JsonNode reported = act(other, "submit-report", report("2026-10-16"));
		assertThat(reported.get("stage").asString()).isNotEqualTo("INVESTIGATING");
	}

	@Test
	void anActFinedInTheGeneralProcedureIsNotFinedOnTheSpot() throws Exception {
		String party = "某烧烤店（一事不再罚·普通后当场）";
		// filed and reported Monday 19 October 2026 for the act of Friday 16 October; decided Friday 23 October
		long id = atNotice("ORGANISATION", party, "2026-10-19", "2026-10-19", "2000", ORDINARY);
		act(id, "serve-notice", "{\"servedOn\":\"2026-10-21\",\"hearingRightNotified\":false}");
		act(id, "record-waiver", "{\"on\":\"2026-10-22\",\"how\":\"当事人书面放弃陈述申辩\"}");
		act(id, "decide", "{\"decidedOn\":\"2026-10-23\",\"outcome\":\"PENALTY\",\"kinds\":[\"FINE\"],\"fine\":2000}");
		assertThat(approved(id).get("stage").asString()).isEqualTo("DECIDED");

		refusedAsAlreadyFined(onTheSpot(party, "2026-10-16", "DLH-J-2921"));
		onTheSpot(party + "乙", "2026-10-16", "DLH-J-2922").andExpect(status().isCreated());
		onTheSpot(party, "2026-10-26", "DLH-J-2923").andExpect(status().isCreated());
	}
}
