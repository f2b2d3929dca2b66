package cn.oneteam.inspection.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import cn.oneteam.IntegrationTest;
import cn.oneteam.audit.FullProcessRecord;
import cn.oneteam.audit.RecordEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Draws made through the staff API, published without an account: the public answer recomputed here independently,
 * the population's SHA-256, masking of natural persons, the shortfall refusal, and a draw never changed
 * (docs/adr/0026-the-draw.md).
 */
class DrawsTests extends IntegrationTest {

	private static final String OFFICER = "dlh.officer1";

	private static final String PERSON = "110101199003074514";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private FullProcessRecord record;

	private static List<String> codes(String prefix, int count) {
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			codes.add(prefix + String.format("%06d", i));
		}
		return codes;
	}

	private Map<String, Object> request(List<String> a, List<String> b, List<Map<String, String>> recusals) {
		return Map.of("name", "2026 年第一批测试抽查", "reason", "年度计划第一批", "strata",
				List.of(Map.of("stratum", "A", "subjectCodes", a, "n", 3), Map.of("stratum", "C", "subjectCodes", b, "n", 2)),
				"inspectors", List.of("ZJ-01", "ZJ-02", "ZJ-03", "ZJ-04"), "recusals", recusals);
	}

	private JsonNode draw(Map<String, Object> request) throws Exception {
		return json.readTree(mvc.perform(post("/api/v1/inspections/draws").with(as(OFFICER)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(request))).andExpect(status().isCreated()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private static List<String> firstByKey(String prefix, List<String> codes, int n) throws Exception {
		List<String[]> keyed = new ArrayList<>();
		for (String c : codes) {
			keyed.add(new String[] { DrawEngineTests.independentKey(prefix + "|" + c), c });
		}
		keyed.sort(Comparator.comparing((String[] k) -> k[0]));
		return keyed.stream().limit(n).map(k -> k[1]).toList();
	}

	private static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach(n -> texts.add(n.asString()));
		return texts;
	}

	@Test
	void aDrawIsPublicVerifiableAndRecorded() throws Exception {
		List<String> a = codes("91632802MA", 20);
		List<String> c = new ArrayList<>(codes("92632802MC", 6));
		c.add(PERSON);
		JsonNode made = draw(request(a, c, List.of()));
		long id = made.get("published").get("id").asLong();

		// anyone, without an account
		String body = mvc.perform(get("/api/v1/public/inspections/draws/{id}", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.strata[0].stratum").value("A"))
			.andExpect(jsonPath("$.strata[0].size").value(20))
			.andExpect(jsonPath("$.strata[0].n").value(3))
			.andExpect(jsonPath("$.strata[1].size").value(7))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		JsonNode published = json.readTree(body);
		String seed = published.get("seed").asString();
		assertThat(seed).matches("[0-9a-f]{64}");
		assertThat(published.get("drawnAt").asString()).isNotBlank();
		assertThat(texts(published.get("strata").get(0).get("drawn"))).containsExactlyElementsOf(firstByKey(seed, a, 3));
		List<String> drawnC = firstByKey(seed, c, 2).stream().map(DrawEngine::shown).toList();
		assertThat(texts(published.get("strata").get(1).get("drawn"))).containsExactlyElementsOf(drawnC);
		assertThat(body).doesNotContain(PERSON);

		// inspectors: two of the four per drawn subject, by their own key
		for (JsonNode i : published.get("inspectors")) {
			String subject = i.get("subjectCode").asString();
			if (!subject.contains("*")) {
				assertThat(texts(i.get("drawn"))).containsExactlyElementsOf(
						firstByKey(seed + "|" + subject, List.of("ZJ-01", "ZJ-02", "ZJ-03", "ZJ-04"), 2));
			}
		}
		assertThat(published.get("inspectors")).hasSize(5);

		String population = mvc.perform(get("/api/v1/public/inspections/draws/{id}/population", id))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_PLAIN))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(DrawEngineTests.independentKey(population)).isEqualTo(published.get("populationSha256").asString());
		assertThat(population).startsWith("A,91632802MA000000\n").endsWith("C,1****************4\n")
			.doesNotContain(PERSON);
		assertThat(population.lines()).hasSize(27);

		mvc.perform(get("/api/v1/public/inspections/draws")).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(id));
		mvc.perform(get("/public/inspections/draws/{id}", id)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(seed)));
		mvc.perform(get("/public/inspections/draws")).andExpect(status().isOk());
		mvc.perform(get("/api/v1/public/inspections/draws/{id}", Long.MAX_VALUE)).andExpect(status().isNotFound());

		// the staff see the real code of the natural person drawn, the public never does
		String subjects = mvc.perform(get("/api/v1/inspections/draws/{id}/subjects", id).with(as(OFFICER)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(json.readTree(subjects)).hasSize(5);

		List<RecordEntry> entries = record.entries(DrawRecorded.SUBJECT, id);
		assertThat(entries).extracting(RecordEntry::action).containsExactly("draw");
		assertThat(entries.get(0).payload()).contains(seed);
	}

	@Test
	void tooFewEligibleInspectorsIsRefusedNamingTheSubjectAndNothingIsStored() throws Exception {
		List<String> a = codes("91632802MS", 3);
		List<String> c = codes("92632802MS", 2);
		// every subject recuses three of the four inspectors: one eligible, two needed
		List<Map<String, String>> recusals = new ArrayList<>();
		for (String code : a) {
			for (String cert : List.of("ZJ-01", "ZJ-02", "ZJ-03")) {
				recusals.add(Map.of("certificateNumber", cert, "subjectCode", code));
			}
		}
		long before = jdbc.sql("select count(*) from inspection_draw").query(Long.class).single();
		mvc.perform(post("/api/v1/inspections/draws").with(as(OFFICER)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(request(a, c, recusals))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("draw.inspector-shortfall"))
			.andExpect(jsonPath("$.shortfalls.length()").value(3))
			.andExpect(jsonPath("$.shortfalls[0].missing").value(1))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("91632802MS000000:1")));
		assertThat(jdbc.sql("select count(*) from inspection_draw").query(Long.class).single()).isEqualTo(before);

		// recusing only two of the four leaves two: drawn among the other two
		List<Map<String, String>> two = List.of(Map.of("certificateNumber", "ZJ-01", "subjectCode", a.get(0)),
				Map.of("certificateNumber", "ZJ-02", "subjectCode", a.get(0)));
		JsonNode made = draw(request(a, c, two));
		for (JsonNode s : made.get("subjects")) {
			if (s.get("subjectCode").asString().equals(a.get(0))) {
				assertThat(texts(s.get("inspectors"))).containsExactlyInAnyOrder("ZJ-03", "ZJ-04");
				assertThat(texts(s.get("eligible"))).containsExactly("ZJ-03", "ZJ-04");
			}
		}
	}

	@Test
	void aDrawIsNeverChangedOrDeleted() throws Exception {
		long id = draw(request(codes("91632802MT", 4), codes("92632802MT", 3), List.of())).get("published").get("id")
			.asLong();
		assertThatThrownBy(() -> jdbc.sql("update inspection_draw set seed = ? where id = ?").params("0".repeat(64), id)
			.update()).hasMessageContaining("never changed");
		assertThatThrownBy(() -> jdbc.sql("delete from inspection_draw where id = ?").param(id).update())
			.hasMessageContaining("never changed");
		assertThat(jdbc.sql("select count(*) from inspection_draw where id = ?").param(id).query(Long.class).single())
			.isEqualTo(1L);
	}

	@Test
	void drawingNeedsAnAccount() throws Exception {
		mvc.perform(post("/api/v1/inspections/draws").with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(request(codes("91632802MU", 4), codes("92632802MU", 3), List.of()))))
			.andExpect(status().isUnauthorized());
	}
}
