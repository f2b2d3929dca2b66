package cn.oneteam.casehandling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/**
 * The 行政处罚决定书 carries every element 处罚法 §59 asks for, the 复议机关 and the court as the body set them
 * (docs/adr/0020-decision-contents.md).
 */
class DecisionContentsTests extends CaseApiTest {

	private ResultActions setRemedies(String user, String body) throws Exception {
		return mvc.perform(put("/api/v1/cases/remedy-bodies").with(as(user)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private JsonNode remedies(String user) throws Exception {
		return body(mvc.perform(get("/api/v1/cases/remedy-bodies").with(as(user))).andExpect(status().isOk()));
	}

	private void attach(long caseId, String type, String title) throws Exception {
		mvc.perform(post("/api/v1/cases/{id}/evidence", caseId).with(as("dlh.officer1"))
			.with(csrf())
			.param("type", type)
			.param("title", title)
			.param("source", "执法人员现场制作")
			.param("collectedAt", "2026-06-03T10:30:00")
			.param("place", "德令哈市长江路12号门前")
			.param("officers", String.valueOf(officer1()), String.valueOf(officer2()))
			.param("fileName", "evidence.txt")
			.contentType("text/plain")
			.content(title.getBytes(StandardCharsets.UTF_8))).andExpect(status().isCreated());
	}

	@Test
	void theReconsiderationBodyDefaultsToTheGovernmentTheLawGivesAndTheCourtMustBeSet() throws Exception {
		setRemedies("dlh.head", "{}").andExpect(status().isOk());
		JsonNode setting = remedies("dlh.officer1");
		// 复议法 §24: a department of the 德令哈市 government (a county-level city) → 德令哈市人民政府
		assertThat(setting.get("reconsiderationBody").asString()).isEqualTo("德令哈市人民政府");
		assertThat(setting.get("reconsiderationBodyDefault").asBoolean()).isTrue();
		assertThat(setting.get("courtSet").asBoolean()).isFalse();
		assertThat(setting.get("court").isNull()).isTrue();
	}

	@Test
	void onlyTheHeadOfTheBodyChangesIt() throws Exception {
		String before = remedies("dlh.head").toString();
		for (String user : new String[] { "dlh.officer1", "dlh.squad", "dlh.legal" }) {
			setRemedies(user, "{\"court\":\"某某人民法院\"}").andExpect(status().isForbidden())
				.andExpect(jsonPath("$.type").value("urn:oneteam:problem:case.remedy-bodies-head-only"));
		}
		assertThat(remedies("dlh.head").toString()).isEqualTo(before);
	}

	@Test
	void theDecisionCarriesEveryElementOfArticle59() throws Exception {
		JsonNode set = body(setRemedies("dlh.head",
				"{\"reconsiderationBody\":\"海西州测试复议机关\",\"court\":\"德令哈市人民法院\"}")
			.andExpect(status().isOk()));
		assertThat(set.get("reconsiderationBody").asString()).isEqualTo("海西州测试复议机关");
		assertThat(set.get("reconsiderationBodyDefault").asBoolean()).isFalse();
		assertThat(set.get("defaultReconsiderationBody").asString()).isEqualTo("德令哈市人民政府");
		assertThat(set.get("court").asString()).isEqualTo("德令哈市人民法院");
		try {
			String party = "决定书要素测试店" + System.nanoTime() % 100000;
			long id = atNotice("ORGANISATION", party, "2026-06-01", "2026-06-10", "2000", ORDINARY);
			attach(id, "INSPECTION_RECORD", "现场检查笔录一份");
			attach(id, "PARTY_STATEMENT", "当事人陈述笔录一份");
			act("dlh.officer1", id, "serve-notice", "{\"servedOn\":\"2026-06-15\",\"hearingRightNotified\":false}");
			act("dlh.officer1", id, "decide",
					"{\"decidedOn\":\"2026-06-24\",\"outcome\":\"PENALTY\",\"kinds\":[\"FINE\"],\"fine\":2000}");
			approveAll(id, "dlh.head");
			String text = textOf(id, latest(id, "PENALTY_DECISION"));
			assertThat(text).contains("行政处罚决定书", "当事人：" + party, // (1) the party
					"经查，违法行为", // (2) the facts
					// (2) the evidence relied on, by type and title
					"以上事实有下列证据证实：1.勘验笔录、现场笔录：现场检查笔录一份；2.当事人的陈述：当事人陈述笔录一份。",
					// (3) the penalty and its legal basis
					"依据《中华人民共和国大气污染防治法》第一百一十八条第三款的规定，本机关决定：罚款人民币贰仟元整（¥2,000.00）",
					"15日内缴至指定银行或者通过电子支付系统缴纳", // (4) how and by when
					"60日内向海西州测试复议机关申请行政复议", "6个月内向德令哈市人民法院提起行政诉讼", // (5) the remedies
					"德令哈市综合行政执法局（印章）", "2026年6月24日"); // (6) the body and the date
		}
		finally {
			JsonNode back = body(setRemedies("dlh.head", "{}").andExpect(status().isOk()));
			assertThat(back.get("reconsiderationBody").asString()).isEqualTo("德令哈市人民政府");
			assertThat(back.get("courtSet").asBoolean()).isFalse();
		}
	}

	@Test
	void theHeadSetsThemOnAPageOthersAreRefusedThere() throws Exception {
		setRemedies("dlh.head", "{}").andExpect(status().isOk());
		String page = mvc.perform(get("/cases/remedy-bodies").with(as("dlh.head"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("德令哈市人民政府", "id=\"remedy-court-unset\"");
		mvc.perform(post("/cases/remedy-bodies").with(as("dlh.officer1")).with(csrf()).param("court", "某某人民法院"))
			.andExpect(redirectedUrl("/cases/remedy-bodies")).andExpect(flash().attributeExists("error"));
		assertThat(remedies("dlh.head").get("courtSet").asBoolean()).isFalse();
		try {
			mvc.perform(post("/cases/remedy-bodies").with(as("dlh.head")).with(csrf()).param("reconsiderationBody", "")
				.param("court", "德令哈市人民法院"))
				.andExpect(redirectedUrl("/cases/remedy-bodies")).andExpect(flash().attributeExists("saved"));
			JsonNode setting = remedies("dlh.officer1");
			assertThat(setting.get("court").asString()).isEqualTo("德令哈市人民法院");
			assertThat(setting.get("reconsiderationBody").asString()).isEqualTo("德令哈市人民政府");
			assertThat(mvc.perform(get("/cases/remedy-bodies").with(as("dlh.head"))).andReturn().getResponse()
				.getContentAsString()).contains("value=\"德令哈市人民法院\"").doesNotContain("remedy-court-unset");
		}
		finally {
			setRemedies("dlh.head", "{}").andExpect(status().isOk());
		}
	}
}
