package cn.oneteam.inspection.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import cn.oneteam.IntegrationTest;
import cn.oneteam.shared.CreditCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A draw over 德令哈's subjects by credit class with the bureau's certified officers, a declared conflict honoured
 * (docs/adr/0026-the-draw.md).
 */
class JurisdictionDrawsTests extends IntegrationTest {

	private static final String OFFICER = "dlh.officer1";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	private JsonNode call(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return json.readTree(mvc.perform(request).andExpect(status().is2xxSuccessful()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void drawsTheJurisdictionByCreditClassRecusingDeclaredConflicts() throws Exception {
		List<String> inspectors = new ArrayList<>();
		call(get("/api/v1/inspections/draws/inspectors").with(as(OFFICER))).forEach(n -> inspectors.add(n.asString()));
		assertThat(inspectors).hasSizeGreaterThanOrEqualTo(3);

		StringBuilder body = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			body.append(ThreadLocalRandom.current().nextInt(10));
		}
		String code = CreditCode.complete("91632802" + body).value();
		call(post("/api/v1/subjects").with(as(OFFICER)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("kind", "LEGAL_PERSON", "code", code, "name", "抽取测试有限公司",
					"divisionCode", "632802100", "streetAddress", "长江路 9 号"))));
		call(post("/api/v1/inspections/draws/conflicts").with(as(OFFICER)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("certificateNumber", inspectors.get(0), "subjectCode", code,
					"reason", "近亲属任职"))));

		// how many subjects each class has: a draw of none
		JsonNode none = call(post("/api/v1/inspections/draws/by-credit-class").with(as(OFFICER)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("name", "分层规模", "reason", "查看各信用分类对象数", "counts", Map.of(),
					"recuseDeclaredConflicts", true))));
		JsonNode strata = none.get("published").get("strata");
		assertThat(strata).extracting(s -> s.get("stratum").asString()).containsExactly("A", "B", "C", "D");
		int sizeA = strata.get(0).get("size").asInt();
		assertThat(sizeA).isPositive();

		// every subject of class A, the new one among them: its inspectors never include the declared conflict
		JsonNode all = call(post("/api/v1/inspections/draws/by-credit-class").with(as(OFFICER)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("name", "A 类全部", "reason", "回避测试", "counts", Map.of("A", sizeA),
					"recuseDeclaredConflicts", true))));
		JsonNode mine = null;
		for (JsonNode s : all.get("subjects")) {
			if (s.get("subjectCode").asString().equals(code)) {
				mine = s;
			}
		}
		assertThat(mine).isNotNull();
		List<String> eligible = new ArrayList<>();
		mine.get("eligible").forEach(n -> eligible.add(n.asString()));
		assertThat(eligible).doesNotContain(inspectors.get(0)).hasSize(inspectors.size() - 1);
		assertThat(mine.get("inspectors")).hasSize(2);
		assertThat(mine.get("inspectors").toString()).doesNotContain("\"" + inspectors.get(0) + "\"");
	}
}
