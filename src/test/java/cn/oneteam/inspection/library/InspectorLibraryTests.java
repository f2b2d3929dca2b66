package cn.oneteam.inspection.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import cn.oneteam.IntegrationTest;
import cn.oneteam.identity.Accounts;
import cn.oneteam.inspection.visit.PlannedPart;
import cn.oneteam.inspection.visit.Visit;
import cn.oneteam.inspection.visit.VisitKind;
import cn.oneteam.inspection.visit.Visits;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.CreditCode;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.subject.quiet.InspectionTrigger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The inspectors' library of 德令哈's market department (docs/adr/0032-inspectors-library-and-recusal.md): its
 * certified staff with domains, tags and validity; tags written by the department and ended, never deleted; an
 * auxiliary never an inspector; experts and testing bodies never drawn and never counted — a visit with one certified
 * inspector and three experts is not enough where two are needed, neither for the draw nor for the visit.
 */
class InspectorLibraryTests extends IntegrationTest {

	private static final String MARKET = "dlh.market";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Organizations organizations;

	@Autowired
	private InspectorLibrary library;

	@Autowired
	private Visits visits;

	@Autowired
	private Accounts accounts;

	@Autowired
	private UserDetailsService users;

	private long market() {
		return organizations.findByCode("632802-scjg").orElseThrow().id().value();
	}

	private ResultActions send(String user, MockHttpServletRequestBuilder request, Object body) throws Exception {
		return mvc.perform(request.with(as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body)));
	}

	private JsonNode read(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private JsonNode inspectors() throws Exception {
		return read(mvc.perform(get("/api/v1/inspections/inspectors").with(as(MARKET))).andExpect(status().isOk()));
	}

	private long personOf(String certificate) throws Exception {
		for (JsonNode i : inspectors()) {
			if (i.get("certificateNumber").asString().equals(certificate)) {
				return i.get("personId").asLong();
			}
		}
		throw new AssertionError(certificate);
	}

	private long expert(String name) throws Exception {
		return read(send(MARKET, post("/api/v1/inspections/inspectors/assistants"), Map.of("kind", "EXPERT", "name", name,
				"organisation", "青海省特种设备专家库（测试）", "expertise", "锅炉压力容器")).andExpect(status().isCreated()))
			.get("id").asLong();
	}

	/** Writes and ends tags: personnel:manage over the market department (docs/adr/0032-inspectors-library-and-recusal.md). */
	private static final String TAGGER = "dlh.head";

	@Test
	void theLibraryListsCertifiedStaffWithDomainsAndTagsWhichTheDepartmentWritesAndEnds() throws Exception {
		JsonNode list = inspectors();
		List<String> numbers = new ArrayList<>();
		list.forEach(i -> numbers.add(i.get("certificateNumber").asString()));
		assertThat(numbers).contains("QH632802SJ01", "QH632802SJ02", "QH632802SJ03", "QH632802SJ04", "QH632802SJ05",
				"QH632802SJ06").isSorted();
		JsonNode first = list.get(numbers.indexOf("QH632802SJ01"));
		assertThat(first.get("validToday").asBoolean()).isTrue();
		assertThat(first.get("domains").toString()).contains("MARKET_SUPERVISION");
		assertThat(first.get("tags").toString()).contains("食品", "药品");
		assertThat(list.toString()).doesNotContain("张晓东"); // the auxiliary

		long person = personOf("QH632802SJ06");
		String tag = "消防" + ThreadLocalRandom.current().nextInt(1000);
		send(TAGGER, post("/api/v1/inspections/inspectors/{id}/tags", person), Map.of("tag", tag))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.tags").value(org.hamcrest.Matchers.hasItem(tag)));
		send(TAGGER, post("/api/v1/inspections/inspectors/{id}/tags", person), Map.of("tag", tag))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("inspection.inspector-tag-exists"));
		// another body's head (case:approve, no personnel:manage) does not write the market department's tags
		send("dlh.squad", post("/api/v1/inspections/inspectors/{id}/tags", person), Map.of("tag", "食品"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("inspection.not-the-department"));
		// tags decide who is drawn: neither the department's own staff nor an officer writes or ends them
		for (String user : List.of(MARKET, "dlh.officer1")) {
			send(user, post("/api/v1/inspections/inspectors/{id}/tags", person), Map.of("tag", "食品"))
				.andExpect(status().isForbidden());
			mvc.perform(delete("/api/v1/inspections/inspectors/{id}/tags", person).param("tag", tag).with(as(user))
				.with(csrf())).andExpect(status().isForbidden());
		}
		assertThat(library.eligible(market(), tag, LocalDate.now(ChinaTime.ZONE))).containsExactly("QH632802SJ06");

		mvc.perform(delete("/api/v1/inspections/inspectors/{id}/tags", person).param("tag", tag).with(as(TAGGER))
			.with(csrf())).andExpect(status().isOk());
		mvc.perform(delete("/api/v1/inspections/inspectors/{id}/tags", person).param("tag", tag).with(as(TAGGER))
			.with(csrf())).andExpect(status().isNotFound());
		assertThat(library.eligible(market(), tag, LocalDate.now(ChinaTime.ZONE))).isEmpty();
		assertThat(jdbc.sql("""
				select count(*) from inspection_inspector_tag where person_id = ? and tag = ? and ended_at is not null""")
			.params(person, tag).query(Long.class).single()).isEqualTo(1L);

		// an auxiliary is never an inspector, tagged or not
		long auxiliary = jdbc.sql("select id from person where organization_id = ? and name = '张晓东'").param(market())
			.query(Long.class).single();
		send(TAGGER, post("/api/v1/inspections/inspectors/{id}/tags", auxiliary), Map.of("tag", "食品"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("inspection.not-certified-inspector"));
	}

	private static final AtomicInteger VISITS = new AtomicInteger();

	private Visit visit(List<String> inspectors) {
		String code = CreditCode.complete("91632802" + String.format("%08d", ThreadLocalRandom.current()
			.nextInt(100_000_000))).value();
		// a subject of its own per visit: targeted visits of one subject with meeting windows merge into one
		// (docs/adr/0028-joint-visits.md)
		long subject = jdbc.sql("select id from market_subject where status = 'ACTIVE' order by id limit 1 offset ?")
			.param(200 + VISITS.getAndIncrement())
			.query(Long.class).single();
		LocalDate from = LocalDate.now(ChinaTime.ZONE);
		return visits.plan(List.of(new PlannedPart(subject, code, "632802100", null, null, market(), List.of(), from,
				from.plusDays(20), true, InspectionTrigger.COMPLAINT, inspectors)), VisitKind.TARGETED, "投诉核查（测试）",
				accounts.idOf(MARKET).orElseThrow()).get(0);
	}

	@Test
	void assistantsJoinOnlyAPlannedVisit() throws Exception {
		List<Long> experts = List.of(expert("专家丁"));
		Visit visit = visit(List.of("QH632802SJ01", "QH632802SJ02"));
		jdbc.sql("""
				update inspection_visit set state = 'RECORDED', recorded_by = ?, recorded_at = now(), with_code = true,
				  inspected_on = current_date, outcome = 'NO_PROBLEM' where id = ?""")
			.params(accounts.idOf(MARKET).orElseThrow(), visit.id()).update();
		send("dlh.officer1", post("/api/v1/inspections/visits/{id}/assistants", visit.id()),
				Map.of("assistantIds", experts))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("inspection.assistants-visit-done"));
		assertThat(jdbc.sql("select count(*) from inspection_visit_assistant where visit_id = ?").param(visit.id())
			.query(Long.class).single()).isZero();
	}

	@Test
	void expertsAndTestingBodiesAssistButAreNeverDrawnNorCounted() throws Exception {
		List<Long> experts = List.of(expert("专家甲"), expert("专家乙"), expert("专家丙"));
		Map<String, Object> attach = Map.of("assistantIds", experts);

		// one certified inspector and three experts: not enough where two are needed
		Visit one = visit(List.of("QH632802SJ01"));
		send("dlh.officer1", post("/api/v1/inspections/visits/{id}/assistants", one.id()), attach)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("inspection.assistants-need-certified"));
		// a number that is no certified inspector of the visit's departments does not count either
		Visit stranger = visit(List.of("QH632802SJ01", "ZJ-NOT-CERTIFIED"));
		assertThat(library.certifiedInspectors(stranger, LocalDate.now(ChinaTime.ZONE))).isEqualTo(1);
		send("dlh.officer1", post("/api/v1/inspections/visits/{id}/assistants", stranger.id()), attach)
			.andExpect(status().isUnprocessableContent());
		mvc.perform(get("/api/v1/inspections/visits/{id}/assistants", one.id()).with(as("dlh.officer1")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));

		// two certified: the experts join as assistants, the visit's inspectors stay the two
		Visit two = visit(List.of("QH632802SJ01", "QH632802SJ02"));
		send("dlh.officer1", post("/api/v1/inspections/visits/{id}/assistants", two.id()), attach)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.length()").value(3))
			.andExpect(jsonPath("$[0].assistant.kind").value("EXPERT"));
		assertThat(actingAs("dlh.officer1", () -> visits.visit(two.id(),
				(ScopedPrincipal) users.loadUserByUsername("dlh.officer1"))).inspectors())
			.containsExactly("QH632802SJ01", "QH632802SJ02");
		assertThat(library.certifiedInspectors(two, LocalDate.now(ChinaTime.ZONE))).isEqualTo(2);

		// an ended expert no longer joins a visit
		mvc.perform(delete("/api/v1/inspections/inspectors/assistants/{id}", experts.get(0)).with(as(MARKET))
			.with(csrf())).andExpect(status().isOk()).andExpect(jsonPath("$.endedAt").exists());
		Visit other = visit(List.of("QH632802SJ03", "QH632802SJ04"));
		send("dlh.officer1", post("/api/v1/inspections/visits/{id}/assistants", other.id()),
				Map.of("assistantIds", List.of(experts.get(0))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("inspection.assistant-not-of-visit"));

		// the draw: one inspector carries the tag, three experts share the expertise — the draw is refused
		String tag = "锅炉" + ThreadLocalRandom.current().nextInt(1000);
		send(TAGGER, post("/api/v1/inspections/inspectors/{id}/tags", personOf("QH632802SJ05")), Map.of("tag", tag))
			.andExpect(status().isCreated());
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("name", "特种设备抽查（测试）");
		request.put("reason", "专家不计入检查人员");
		request.put("strata", List.of(Map.of("stratum", "A", "subjectCodes", List.of("91632802MZ000001"), "n", 1)));
		request.put("groups", List.of(Map.of("group", "德令哈市市场监督管理局", "departmentId", market(), "inspectors",
				library.eligible(market(), tag, LocalDate.now(ChinaTime.ZONE)), "k", 2)));
		send("dlh.officer1", post("/api/v1/inspections/draws"), request)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("draw.inspector-shortfall"))
			.andExpect(jsonPath("$.shortfalls[0].eligible").value(1))
			.andExpect(jsonPath("$.shortfalls[0].group").value("德令哈市市场监督管理局"));
		mvc.perform(get("/api/v1/inspections/inspectors/assistants").with(as(MARKET)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.name == '专家乙')].kind").value("EXPERT"));
	}
}
