package cn.oneteam.casehandling;

import cn.oneteam.IntegrationTest;
import cn.oneteam.identity.Accounts;
import cn.oneteam.organization.Officers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 格尔木's pre-numbered on-the-spot forms (处罚法 §52): blocks issued to officers, each number used once or voided; and
 * fines collected on the spot (§68–§71) for 擅自占用城市道路 (城市道路管理条例 §42, up to 20,000 yuan) at 632801005.
 * 格尔木 tracks its forms in the demo, so every on-the-spot decision of it takes a number from a block.
 */
class OnTheSpotFormsAndCollectionTests extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Officers officers;

	@Autowired
	Accounts accounts;

	private long person(String username) {
		return officers.personOfAccount(accounts.idOf(username).orElseThrow()).orElseThrow().id().value();
	}

	private ResultActions postJson(String user, String path, String body) throws Exception {
		return mvc.perform(post(path).with(as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private ResultActions block(String user, String series, int first, int last, long holder) throws Exception {
		return postJson(user, "/api/v1/documents/form-blocks", """
				{"series":"%s","first":%d,"last":%d,"holderPersonId":%d}""".formatted(series, first, last, holder));
	}

	private ResultActions decide(String form, String fine, String collection) throws Exception {
		return postJson("grm.officer1", "/api/v1/cases/on-the-spot", """
				{"matter":"HX-CG-018","place":"632801005","decidedOn":"2026-11-20","partyKind":"ORGANISATION",
				 "partyName":"某商贸公司（%s）","facts":"擅自占用城市道路堆放货物","penaltyKinds":["FINE"],"fine":%s,
				 "formNumber":"%s","officers":[%d,%d],"partyInformed":true%s}"""
			.formatted(form, fine, form, person("grm.officer1"), person("grm.officer2"), collection));
	}

	@Test
	void blocksAreIssuedToOfficersWithoutOverlapAndEachNumberIsUsedOnceOrVoided() throws Exception {
		block("grm.officer1", "格综执测", 1, 10, person("grm.officer1")).andExpect(status().isForbidden());
		block("grm.head", "格综执测9", 1, 10, person("grm.officer1")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("document.form-series-invalid"));
		block("grm.head", "格综执测", 1, 10, person("dlh.officer1")).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("document.form-holder-not-officer"));
		long first = json.readTree(block("grm.head", "格综执测", 1, 10, person("grm.officer1"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
		block("grm.head", "格综执测", 10, 20, person("grm.officer2")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("document.form-block-overlap"));
		block("grm.head", "格综执测", 11, 20, person("grm.squad")).andExpect(status().isCreated());

		decide("格综执测1", "2000", "").andExpect(status().isCreated()).andExpect(jsonPath("$.formNumber").value("格综执测1"));
		decide("格综执测1", "2000", "").andExpect(status().isConflict());
		decide("格综执测99", "2000", "").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("document.form-number-not-issued"));
		decide("格综执测12", "2000", "").andExpect(status().isUnprocessableContent()) // held by the squad head
			.andExpect(jsonPath("$.code").value("document.form-number-not-held"));
		decide("某随手写的号码", "2000", "").andExpect(status().isUnprocessableContent());

		postJson("grm.officer1", "/api/v1/documents/form-numbers/void", "{\"number\":\"格综执测2\",\"reason\":\"填写错误\"}")
			.andExpect(status().isOk()).andExpect(jsonPath("$.state").value("VOIDED"));
		decide("格综执测2", "2000", "").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("document.form-number-taken"));
		postJson("grm.officer1", "/api/v1/documents/form-numbers/void", "{\"number\":\"格综执测1\",\"reason\":\"再作废\"}")
			.andExpect(status().isConflict());

		JsonNode uses = json.readTree(mvc.perform(get("/api/v1/documents/form-blocks/" + first + "/numbers")
			.with(as("grm.officer1"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(uses.valueStream().map(u -> u.get("number").asString() + " " + u.get("state").asString()).toList())
			.containsExactly("格综执测1 USED", "格综执测2 VOIDED");
		JsonNode blocks = json.readTree(mvc.perform(get("/api/v1/documents/form-blocks").with(as("grm.officer1")))
			.andReturn().getResponse().getContentAsString());
		JsonNode mine = blocks.valueStream().filter(b -> b.get("id").asLong() == first).findFirst().orElseThrow();
		assertThat(mine.get("remaining").asInt()).isEqualTo(8);
		// 德令哈 sees none of 格尔木's blocks
		assertThat(mvc.perform(get("/api/v1/documents/form-blocks").with(as("dlh.officer1"))).andReturn().getResponse()
			.getContentAsString()).doesNotContain("格综执");
	}

	@Test
	void aFineIsCollectedOnTheSpotOnlyOnTheGroundsOfTheLawAndHandedOverInTwoWorkingDays() throws Exception {
		block("grm.head", "格综执收", 1, 20, person("grm.officer1")).andExpect(status().isCreated());
		decide("格综执收1", "150", ",\"collection\":{\"ground\":\"SMALL_FINE\",\"financeReceipt\":\"青财0001\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.reasons[0]").value("case.collection-over-small-fine"));
		decide("格综执收1", "500", ",\"collection\":{\"ground\":\"REMOTE_AREA\",\"financeReceipt\":\"青财0001\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.reasons[0]").value("case.collection-not-requested"));
		decide("格综执收1", "100", ",\"collection\":{\"ground\":\"SMALL_FINE\",\"financeReceipt\":\" \"}")
			.andExpect(status().isBadRequest()); // §70: no receipt, no collection
		JsonNode decided = json.readTree(decide("格综执收1", "100",
				",\"collection\":{\"ground\":\"SMALL_FINE\",\"financeReceipt\":\"青财0001\"}")
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		assertThat(decided.get("collection").get("ground").asString()).isEqualTo("SMALL_FINE");
		long id = decided.get("id").asLong();
		String handover = "/api/v1/cases/" + id + "/cash-handover";
		postJson("grm.officer1", handover, "{\"on\":\"2026-11-19\",\"receivedBy\":\"财务室\"}")
			.andExpect(status().isUnprocessableContent());
		// collected Friday 20 November: due Tuesday 24 November; handed over on the 25th, late
		postJson("grm.officer1", handover, "{\"on\":\"2026-11-25\",\"receivedBy\":\"财务室\"}").andExpect(status().isOk());
		postJson("grm.officer1", handover, "{\"on\":\"2026-11-25\",\"receivedBy\":\"财务室\"}")
			.andExpect(status().isConflict());
		JsonNode record = json.readTree(mvc.perform(get("/api/v1/cases/" + id + "/record").with(as("grm.officer1")))
			.andReturn().getResponse().getContentAsString());
		assertThat(record.get(1).get("action").asString()).isEqualTo("cash-handed-over");
		assertThat(record.get(1).get("payload").asString()).contains("\"dueOn\":\"2026-11-24\"", "\"late\":true");
		assertThat(record.get(0).get("payload").asString()).contains("SMALL_FINE 青财0001");
		mvc.perform(get("/api/v1/cases/" + id + "/record/verify").with(as("grm.officer1")))
			.andExpect(jsonPath("$.intact").value(true));
		// a fine not collected keeps a free form number out of 格尔木's practice
		decide("格综执收2", "100", "").andExpect(status().isCreated()).andExpect(jsonPath("$.collection").isEmpty());
	}
}
