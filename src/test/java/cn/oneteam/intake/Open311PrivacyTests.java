package cn.oneteam.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Open311 GET lists only what was reported in public, and no answer carries contact data, not even in a description. */
class Open311PrivacyTests extends IntakeTest {

	@Test
	void theListHoldsPublicReportsOnlyAndContactsInDescriptionsAreMasked() throws Exception {
		String hotline = body(hotline(Map.of("orderId", "P" + System.nanoTime(), "order", Map.of("requestType",
				"COMPLAINT", "matter", FUMES, "description", "热线来电：邻居油烟，回电13912345678", "division", "632802001",
				"reporterName", "李四光", "reporterPhone", "13900001111")))).get("trackingNumber").asText();
		String open311 = body(mvc.perform(post("/api/open311/v2/requests.json").param("api_key", SQUAD_TOKEN)
			.param("service_code", FUMES).param("attribute[division_code]", "632802001")
			.param("description", "饭店油烟直排，请联系13712345678或wang.ming@example.cn").param("first_name", "小明")
			.param("last_name", "王").param("phone", "13712345678").param("email", "wang.ming@example.cn"))
			.andExpect(status().isCreated())).get(0).get("service_request_id").asText();

		String list = mvc.perform(get("/api/open311/v2/requests.json").param("service_code", FUMES))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		JsonNode listed = json.readTree(list);
		assertThat(listed.findValuesAsString("service_request_id")).contains(open311).doesNotContain(hotline);
		assertThat(listed.findValuesAsString("service_request_id")).allSatisfy(id -> assertThat(
				jdbc.sql("select channel from intake_event where tracking_number = ?").param(id).query(String.class)
					.single()).isIn("PUBLIC_PORTAL", "OPEN311"));
		assertThat(list).doesNotContain("13712345678").doesNotContain("wang.ming@example.cn").doesNotContain("小明")
			.contains("饭店油烟直排，请联系137****5678或w***@example.cn");

		// the reporter follows a hotline report by its tracking number; still nothing personal
		String one = mvc.perform(get("/api/open311/v2/requests/" + hotline + ".json")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(one).contains(hotline).contains("回电139****5678").doesNotContain("13912345678")
			.doesNotContain("13900001111").doesNotContain("李四光");
	}
}
