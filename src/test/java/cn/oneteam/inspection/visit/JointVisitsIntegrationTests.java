package cn.oneteam.inspection.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import cn.oneteam.IntegrationTest;
import cn.oneteam.audit.FullProcessRecord;
import cn.oneteam.audit.RecordEntry;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.inspection.SubjectCodes;
import cn.oneteam.shared.CreditCode;
import cn.oneteam.shared.IdNumber;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.subject.LicenceInputs;
import cn.oneteam.subject.LicenceSource;
import cn.oneteam.subject.Licences;
import cn.oneteam.subject.SubjectInputs;
import cn.oneteam.subject.SubjectKind;
import cn.oneteam.subject.Subjects;
import org.hamcrest.Matchers;
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
 * 综合查一次 against the demo data (docs/adr/0028-joint-visits.md): a task of 德令哈's market department and a task of
 * its ecology department draw the same subject with overlapping windows — one visit, two parts, one code, the
 * intersection, both departments, the market department leading — and the figures say one visit saved; the same task
 * drawn again never joins that visit a second time; the lists and pages show only the caller's visits.
 */
class JointVisitsIntegrationTests extends IntegrationTest {

	private static final String MARKET = "dlh.market";

	private static final String HEAD = "dlh.head";

	private static final String OFFICER = "dlh.officer1";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Organizations organizations;

	@Autowired
	private Subjects subjects;

	@Autowired
	private Licences licences;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private FullProcessRecord record;

	@Autowired
	private Visits visitService;

	@Autowired
	private VisitCodes codes;

	private final int year = LocalDate.now(ChinaTime.ZONE).getYear() + 1;

	private long org(String code) {
		return organizations.findByCode(code).orElseThrow().id().value();
	}

	private ResultActions send(String user, MockHttpServletRequestBuilder request, Object body) throws Exception {
		return mvc.perform(request.with(as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body)));
	}

	private JsonNode read(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private long item(String user, long department, String name) throws Exception {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("departmentId", department);
		item.put("name", name);
		item.put("legalBasis", "（测试）检查依据");
		item.put("subjectKinds", List.of("LEGAL_PERSON"));
		item.put("content", "（测试）检查内容");
		item.put("method", "ON_SITE");
		item.put("keyItem", false);
		long id = read(send(user, post("/api/v1/inspections/items"), item).andExpect(status().isCreated())).get("id")
			.asLong();
		mvc.perform(post("/api/v1/inspections/items/{id}/publish", id).with(as(user)).with(csrf()))
			.andExpect(status().isOk());
		return id;
	}

	private long task(long plan, long department, long item, String issuer, LocalDate from, LocalDate until)
			throws Exception {
		Map<String, Object> task = new LinkedHashMap<>();
		task.put("name", "联合抽查测试任务");
		task.put("departmentIds", List.of(department));
		task.put("itemIds", List.of(item));
		task.put("subjectKinds", List.of("LEGAL_PERSON"));
		task.put("divisionCode", "632802");
		task.put("issuerCodes", List.of(issuer));
		task.put("strata", List.of(Map.of("creditClass", "A", "count", 1)));
		task.put("windowFrom", from.toString());
		task.put("windowUntil", until.toString());
		long id = read(send(MARKET, post("/api/v1/inspections/plans/{id}/tasks", plan), task)
			.andExpect(status().isCreated())).get("id").asLong();
		mvc.perform(post("/api/v1/inspections/tasks/{id}/approve", id).with(as(HEAD)).with(csrf()))
			.andExpect(status().isOk());
		return id;
	}

	private void draw(long task, String reason) throws Exception {
		send(OFFICER, post("/api/v1/inspections/draws/tasks/{id}", task),
				Map.of("reason", reason, "inspectorsPerSubject", 2, "recuseDeclaredConflicts", false))
			.andExpect(status().isCreated());
	}

	static String randomCode(String prefix) {
		StringBuilder digits = new StringBuilder(prefix);
		while (digits.length() < 16) {
			digits.append(ThreadLocalRandom.current().nextInt(10));
		}
		return CreditCode.complete(digits.toString()).value();
	}

	private long licensedSubject(String issuer) {
		ScopedPrincipal officer = (ScopedPrincipal) users.loadUserByUsername(OFFICER);
		String code = randomCode("91632802");
		return actingAs(OFFICER, () -> {
			long id = subjects.register(new SubjectInputs.Registration(SubjectKind.LEGAL_PERSON, code, "联合检查测试有限公司",
					"632802100", "长江路 9 号", null, null), officer).id();
			licences.record(id, new LicenceInputs.Licence("食品经营许可证", "JY" + code.substring(2, 16), issuer,
					"德令哈市市场监督管理局", LocalDate.now(ChinaTime.ZONE), LocalDate.now(ChinaTime.ZONE).plusYears(5), null),
					LicenceSource.MANUAL, officer);
			return id;
		});
	}

	private List<Map<String, Object>> visitsOf(long subject) {
		return jdbc.sql("select id, code, window_from, window_until, lead_department_id from inspection_visit "
				+ "where subject_id = ? order by id").param(subject).query().listOfRows();
	}

	@Test
	void twoDepartmentsTasksOnOneSubjectWithOverlappingWindowsMakeOneVisitAndSaveOne() throws Exception {
		long market = org("632802-scjg");
		long ecology = org("632802-sthj");
		String issuer = randomCode("11632802");
		long subject = licensedSubject(issuer);
		long plan = read(send(MARKET, post("/api/v1/inspections/plans"), Map.of("bodyId", market, "year", year, "name",
				year + " 年度联合抽查计划（测试）", "leadId", market, "departmentIds", List.of(market, ecology)))
			.andExpect(status().isCreated())).get("id").asLong();
		long food = task(plan, market, item(MARKET, market, "食品经营检查（联合测试）"), issuer,
				LocalDate.of(year, 3, 1), LocalDate.of(year, 6, 30));
		long permit = task(plan, ecology, item("admin", ecology, "排污许可检查（联合测试）"), issuer,
				LocalDate.of(year, 6, 1), LocalDate.of(year, 9, 30));

		draw(food, "年度抽查（测试）");
		List<Map<String, Object>> first = visitsOf(subject);
		assertThat(first).hasSize(1);
		String code = (String) first.get(0).get("code");
		draw(permit, "年度抽查（测试）");

		List<Map<String, Object>> visits = visitsOf(subject);
		assertThat(visits).hasSize(1);
		long visit = ((Number) visits.get(0).get("id")).longValue();
		assertThat(visits.get(0).get("code")).isEqualTo(code);
		assertThat(visits.get(0).get("window_from").toString()).isEqualTo(year + "-06-01");
		assertThat(visits.get(0).get("window_until").toString()).isEqualTo(year + "-06-30");
		assertThat(((Number) visits.get(0).get("lead_department_id")).longValue()).isEqualTo(market);

		JsonNode one = read(mvc.perform(get("/api/v1/inspections/visits/{id}", visit).with(as(HEAD)))
			.andExpect(status().isOk()));
		assertThat(one.at("/visit/departmentIds").toString()).isEqualTo("[" + market + "," + ecology + "]");
		assertThat(one.at("/visit/inspectors").size()).isBetween(2, 4);
		assertThat(one.at("/parts").size()).isEqualTo(2);
		assertThat(one.at("/parts/0/taskId").asLong()).isEqualTo(food);
		assertThat(one.at("/parts/1/taskId").asLong()).isEqualTo(permit);
		assertThat(one.at("/parts/1/windowFrom").asString()).isEqualTo(year + "-06-01");
		assertThat(one.at("/parts/1/windowUntil").asString()).isEqualTo(year + "-09-30");
		assertThat(record.entries(VisitRecorded.SUBJECT, visit)).extracting(RecordEntry::action)
			.containsExactly("planned", "merged");
		assertThat(record.entries(VisitRecorded.SUBJECT, visit).get(1).payload()).contains("\"merged\":true");

		mvc.perform(get("/api/v1/inspections/visits/merging").with(as(HEAD)).param("year", String.valueOf(year))
			.param("planId", String.valueOf(plan)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.parts").value(2))
			.andExpect(jsonPath("$.visits").value(1))
			.andExpect(jsonPath("$.saved").value(1))
			.andExpect(jsonPath("$.jointVisits").value(1))
			.andExpect(jsonPath("$.byDepartment.length()").value(2))
			.andExpect(jsonPath("$.byDepartment[?(@.departmentId == " + ecology + ")].parts").value(1))
			.andExpect(jsonPath("$.byDepartment[?(@.departmentId == " + ecology + ")].jointVisits").value(1));
		mvc.perform(get("/api/v1/inspections/visits").with(as(HEAD)).param("year", String.valueOf(year))
			.param("taskId", String.valueOf(permit)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.visits[0].id").value(visit))
			.andExpect(jsonPath("$.visits[0].parts").value(2))
			.andExpect(jsonPath("$.visits[0].code").value(code));

		// another county sees none of it
		mvc.perform(get("/api/v1/inspections/visits/merging").with(as("grm.officer1")).param("year", String.valueOf(year))
			.param("planId", String.valueOf(plan)))
			.andExpect(jsonPath("$.parts").value(0))
			.andExpect(jsonPath("$.visits").value(0));
		mvc.perform(get("/api/v1/inspections/visits").with(as("grm.officer1")).param("year", String.valueOf(year))
			.param("taskId", String.valueOf(permit)))
			.andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/api/v1/inspections/visits/{id}", visit).with(as("grm.officer1")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("inspection.visit-not-found"));

		// the pages, in both languages
		mvc.perform(get("/inspections/visits").with(as(HEAD)).param("year", String.valueOf(year))
			.param("taskId", String.valueOf(permit)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("综合查一次")))
			.andExpect(content().string(Matchers.containsString(code)))
			.andExpect(content().string(Matchers.containsString("id=\"visits-saved\"")));
		mvc.perform(get("/inspections/visits/{id}", visit).with(as(HEAD)).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Each department&#39;s share")))
			.andExpect(content().string(Matchers.containsString("排污许可检查（联合测试）")))
			.andExpect(content().string(Matchers.containsString("德令哈市生态环境局")));
		mvc.perform(get("/inspections/plans").with(as(HEAD)))
			.andExpect(content().string(Matchers.containsString("href=\"/inspections/visits\"")));

		// the permit task drawn again: its part of the joint visit is withdrawn (kept, never deleted) and the visit is
		// the food task's alone again, its code kept; the new part never joins the visit it was in, so it makes another
		draw(permit, "检查人员调整，重新抽取（测试）");
		assertThat(visitsOf(subject)).hasSize(2);
		assertThat(visitsOf(subject).get(0).get("code")).isEqualTo(code);
		assertThat(visitsOf(subject).get(1).get("code")).isNotEqualTo(code);
		assertThat(visitsOf(subject).get(0).get("window_from").toString()).isEqualTo(year + "-03-01");
		assertThat(visitsOf(subject).get(0).get("window_until").toString()).isEqualTo(year + "-06-30");
		JsonNode withdrawn = read(mvc.perform(get("/api/v1/inspections/visits/{id}", visit).with(as(HEAD)))
			.andExpect(status().isOk()));
		assertThat(withdrawn.at("/visit/state").asString()).isEqualTo("PLANNED");
		assertThat(withdrawn.at("/visit/departmentIds").toString()).isEqualTo("[" + market + "]");
		assertThat(withdrawn.at("/parts").size()).isEqualTo(2);
		assertThat(withdrawn.at("/parts/0/withdrawnAt").asString("")).isEmpty();
		assertThat(withdrawn.at("/parts/1/withdrawnAt").asString("")).isNotBlank();
		assertThat(record.entries(VisitRecorded.SUBJECT, visit)).extracting(RecordEntry::action)
			.containsExactly("planned", "merged", "withdrawn");
		assertThat(record.entries(VisitRecorded.SUBJECT, visit).get(2).payload()).contains("redrawn");
		mvc.perform(get("/api/v1/inspections/visits/merging").with(as(HEAD)).param("year", String.valueOf(year))
			.param("planId", String.valueOf(plan)))
			.andExpect(jsonPath("$.parts").value(2))
			.andExpect(jsonPath("$.visits").value(2))
			.andExpect(jsonPath("$.saved").value(0));

		// the food task drawn again: its visit (all its parts the food task's) is cancelled, its code refused, and the
		// new food part joins the permit task's new visit; cancelled visits count nowhere
		long permitVisit = ((Number) visitsOf(subject).get(1).get("id")).longValue();
		draw(food, "检查人员调整，重新抽取（测试）");
		assertThat(jdbc.sql("select state from inspection_visit where id = ?").param(visit).query(String.class).single())
			.isEqualTo("CANCELLED");
		assertThat(record.entries(VisitRecorded.SUBJECT, visit)).extracting(RecordEntry::action)
			.containsExactly("planned", "merged", "withdrawn", "cancelled");
		Visit cancelled = visitService.byCode(code).orElseThrow();
		assertThat(cancelled.state()).isEqualTo(VisitState.CANCELLED);
		assertThatThrownBy(() -> codes.use(cancelled, code, (ScopedPrincipal) users.loadUserByUsername(OFFICER)))
			.isInstanceOfSatisfying(RuleViolation.class,
					v -> assertThat(v.code()).isEqualTo("inspection.code-cancelled"));
		assertThat(visitsOf(subject)).hasSize(2);
		mvc.perform(get("/api/v1/inspections/visits/{id}", permitVisit).with(as(HEAD)))
			.andExpect(jsonPath("$.visit.departmentIds.length()").value(2))
			.andExpect(jsonPath("$.parts.length()").value(2));
		mvc.perform(get("/api/v1/inspections/visits/merging").with(as(HEAD)).param("year", String.valueOf(year))
			.param("planId", String.valueOf(plan)))
			.andExpect(jsonPath("$.parts").value(2))
			.andExpect(jsonPath("$.visits").value(1))
			.andExpect(jsonPath("$.saved").value(1));

		// a visit recorded already is never touched by a new draw
		jdbc.sql("""
				update inspection_visit set state = 'RECORDED', recorded_by = created_by, recorded_at = created_at,
				  with_code = true, inspected_on = window_from, outcome = 'NO_PROBLEM' where id = ?""")
			.param(permitVisit)
			.update();
		draw(permit, "再次重新抽取（测试）");
		mvc.perform(get("/api/v1/inspections/visits/{id}", permitVisit).with(as(HEAD)))
			.andExpect(jsonPath("$.visit.state").value("RECORDED"))
			.andExpect(jsonPath("$.visit.departmentIds.length()").value(2))
			.andExpect(jsonPath("$.parts[0].withdrawnAt").doesNotExist())
			.andExpect(jsonPath("$.parts[1].withdrawnAt").doesNotExist());
		assertThat(visitsOf(subject)).hasSize(3);
	}

	@Test
	void aNaturalPersonsNumberIsAnsweredMaskedByThePopulationAndTheVisits() throws Exception {
		long market = org("632802-scjg");
		String issuer = randomCode("11632802");
		String number = IdNumber.complete("63280219850512" + String.format("%03d", ThreadLocalRandom.current()
			.nextInt(1000))).value();
		ScopedPrincipal officer = (ScopedPrincipal) users.loadUserByUsername(OFFICER);
		actingAs(OFFICER, () -> {
			long id = subjects.register(new SubjectInputs.Registration(SubjectKind.NATURAL_PERSON, number, "张测试",
					"632802100", "长江路 11 号", null, null), officer).id();
			licences.record(id, new LicenceInputs.Licence("食品经营许可证", "JY" + number.substring(2, 16), issuer,
					"德令哈市市场监督管理局", LocalDate.now(ChinaTime.ZONE), LocalDate.now(ChinaTime.ZONE).plusYears(5), null),
					LicenceSource.MANUAL, officer);
			return id;
		});
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("departmentId", market);
		item.put("name", "个人经营检查（掩码测试）");
		item.put("legalBasis", "（测试）检查依据");
		item.put("subjectKinds", List.of("NATURAL_PERSON"));
		item.put("content", "（测试）检查内容");
		item.put("method", "ON_SITE");
		item.put("keyItem", false);
		long itemId = read(send(MARKET, post("/api/v1/inspections/items"), item).andExpect(status().isCreated()))
			.get("id").asLong();
		mvc.perform(post("/api/v1/inspections/items/{id}/publish", itemId).with(as(MARKET)).with(csrf()))
			.andExpect(status().isOk());
		long plan = read(send(MARKET, post("/api/v1/inspections/plans"), Map.of("bodyId", market, "year", year, "name",
				year + " 年度掩码测试计划", "leadId", market, "departmentIds", List.of(market)))
			.andExpect(status().isCreated())).get("id").asLong();
		Map<String, Object> task = new LinkedHashMap<>();
		task.put("name", "掩码测试任务");
		task.put("departmentIds", List.of(market));
		task.put("itemIds", List.of(itemId));
		task.put("subjectKinds", List.of("NATURAL_PERSON"));
		task.put("divisionCode", "632802");
		task.put("issuerCodes", List.of(issuer));
		task.put("strata", List.of(Map.of("creditClass", "A", "count", 1), Map.of("creditClass", "B", "count", 1),
				Map.of("creditClass", "C", "count", 1), Map.of("creditClass", "D", "count", 1)));
		task.put("windowFrom", LocalDate.of(year, 2, 1).toString());
		task.put("windowUntil", LocalDate.of(year, 2, 28).toString());
		long taskId = read(send(MARKET, post("/api/v1/inspections/plans/{id}/tasks", plan), task)
			.andExpect(status().isCreated())).get("id").asLong();
		mvc.perform(post("/api/v1/inspections/tasks/{id}/approve", taskId).with(as(HEAD)).with(csrf()))
			.andExpect(status().isOk());

		String population = mvc.perform(get("/api/v1/inspections/tasks/{id}/population", taskId).with(as(HEAD)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(population).contains(SubjectCodes.shown(number)).doesNotContain(number);

		draw(taskId, "掩码测试抽取");
		String listed = mvc.perform(get("/api/v1/inspections/visits").with(as(HEAD)).param("year", String.valueOf(year))
			.param("taskId", String.valueOf(taskId)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.visits[0].subject").value(SubjectCodes.shown(number)))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(listed).doesNotContain(number);
		long visit = read(mvc.perform(get("/api/v1/inspections/visits").with(as(HEAD))
			.param("year", String.valueOf(year)).param("taskId", String.valueOf(taskId)))).at("/visits/0/id").asLong();
		String one = mvc.perform(get("/api/v1/inspections/visits/{id}", visit).with(as(HEAD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.visit.subject").value(SubjectCodes.shown(number)))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(one).doesNotContain(number);
	}

	@Test
	void badPagingAndYearsAreProblems() throws Exception {
		mvc.perform(get("/api/v1/inspections/visits").with(as(HEAD)).param("size", "201"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("inspection.page-invalid"));
		mvc.perform(get("/api/v1/inspections/visits/merging").with(as(HEAD)).param("year", "1999"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("inspection.year-invalid"));
		mvc.perform(get("/api/v1/inspections/visits/merging").with(as(HEAD)).param("division", "63a"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("inspection.division-invalid"));
		mvc.perform(get("/api/v1/inspections/visits/merging").with(as(HEAD)).param("year", "abc"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/inspections/visits")).andExpect(status().isUnauthorized());
	}
}
