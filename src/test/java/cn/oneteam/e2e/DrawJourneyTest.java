package cn.oneteam.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * A visitor without an account opens a published draw and the browser recomputes it (WebCrypto SHA-256, the static
 * draw-verify.js): "matches"; with a natural person among the candidates, the lines that can be recomputed match and
 * the masked ones are counted (docs/adr/0026-the-draw.md). No Content-Security-Policy violation.
 */
class DrawJourneyTest extends BrowserJourney {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	private long draw(List<String> c) throws Exception {
		List<String> a = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			a.add("91632802MJ" + String.format("%06d", i));
		}
		Map<String, Object> request = Map.of("name", "浏览器核验抽取", "reason", "页面核验", "strata",
				List.of(Map.of("stratum", "A", "subjectCodes", a, "n", 4), Map.of("stratum", "B", "subjectCodes", c, "n", 2)),
				"inspectors", List.of("ZJ-11", "ZJ-12", "ZJ-13"));
		String answer = mvc.perform(post("/api/v1/inspections/draws").with(as("dlh.officer1")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(request))).andExpect(status().isCreated()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return json.readTree(answer).get("published").get("id").asLong();
	}

	private long groupedDraw() throws Exception {
		List<String> a = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			a.add("91632802MG" + String.format("%06d", i));
		}
		Map<String, Object> request = Map.of("name", "联合抽查浏览器核验", "reason", "页面核验", "strata",
				List.of(Map.of("stratum", "A", "subjectCodes", a, "n", 3)), "groups",
				List.of(Map.of("group", "市场监管局", "inspectors", List.of("SJ-1", "SJ-2", "SJ-3", "SJ-4"), "k", 2),
						Map.of("group", "生态环境局", "inspectors", List.of("HJ-1", "HJ-2", "HJ-3"), "k", 1)));
		String answer = mvc.perform(post("/api/v1/inspections/draws").with(as("dlh.officer1")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(request))).andExpect(status().isCreated()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return json.readTree(answer).get("published").get("id").asLong();
	}

	@Test
	void theVisitorsBrowserRecomputesThePublishedDraw() throws Exception {
		List<String> violations = new CopyOnWriteArrayList<>();
		page.onConsoleMessage(m -> {
			if (m.text().contains("Content Security Policy") || m.text().contains("Refused to")) {
				violations.add(m.text());
			}
		});
		long id = draw(List.of("92632802MK000001", "92632802MK000002", "92632802MK000003"));
		page.navigate(url("/public/inspections/draws"));
		page.click("#draws-list li[data-draw-id='" + id + "'] a");
		assertThat(page.locator("#draw-heading")).isVisible();
		assertThat(page.locator("#draw-verify[data-result='matches']")).isVisible();
		assertThat(page.locator("#draw-verify")).containsText("浏览器重新计算的结果与公示结果一致");
		screenshot("draw-matches");

		long masked = draw(List.of("92632802MK000004", "110101199003074514", "92632802MK000005"));
		page.navigate(url("/public/inspections/draws/" + masked));
		assertThat(page.locator("#draw-verify[data-result='partial']")).isVisible();
		assertThat(page.locator("#draw-verify")).containsText("1");
		assertThat(page.content()).doesNotContain("110101199003074514");

		// a joint task's draw: each department's group recomputed on its own
		// (docs/adr/0032-inspectors-library-and-recusal.md)
		long grouped = groupedDraw();
		page.navigate(url("/public/inspections/draws/" + grouped));
		assertThat(page.locator("#draw-verify[data-result='matches']")).isVisible();
		assertThat(page.locator("#draw-inspectors tr.draw-group[data-group='市场监管局']")).hasCount(3);
		assertThat(page.locator("#draw-inspectors tr.draw-group[data-group='生态环境局']")).hasCount(3);
		screenshot("draw-groups-match");

		// the same draw with one department's drawn inspectors changed on the way: the browser says mismatch
		page.route("**/api/v1/public/inspections/draws/" + grouped, route -> {
			com.microsoft.playwright.APIResponse original = route.fetch();
			tools.jackson.databind.node.ObjectNode body = (tools.jackson.databind.node.ObjectNode) json
				.readTree(original.text());
			tools.jackson.databind.node.ArrayNode drawn = (tools.jackson.databind.node.ArrayNode) body
				.get("inspectors").get(0).get("groups").get(1).get("drawn");
			String other = List.of("HJ-1", "HJ-2", "HJ-3").stream().filter(c -> !c.equals(drawn.get(0).asString()))
				.findFirst().orElseThrow();
			drawn.set(0, other);
			route.fulfill(new com.microsoft.playwright.Route.FulfillOptions().setResponse(original)
				.setBody(body.toString()));
		});
		page.navigate(url("/public/inspections/draws/" + grouped));
		assertThat(page.locator("#draw-verify[data-result='mismatch']")).isVisible();
		assertThat(violations).isEmpty();
	}
}
