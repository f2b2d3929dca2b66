package cn.oneteam.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import cn.oneteam.IntegrationTest;
import cn.oneteam.credit.CreditClass;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.CreditCode;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.subject.LicenceInputs;
import cn.oneteam.subject.LicenceSource;
import cn.oneteam.subject.Licences;
import cn.oneteam.subject.SubjectInputs;
import cn.oneteam.subject.SubjectKind;
import cn.oneteam.subject.Subjects;
import cn.oneteam.subject.quiet.QuietInputs;
import cn.oneteam.subject.quiet.QuietKind;
import cn.oneteam.subject.quiet.QuietPeriods;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Items, plans and tasks through the API as 德令哈's market department (dlh.market), its enforcement bureau's head
 * (dlh.head) and 格尔木's officer: jurisdiction, versions, the unpublished item refused, approval and no edit after it,
 * and the population — quiet subjects out, the department's licensees only, by credit class
 * (docs/adr/0025-inspection-items-and-plans.md).
 */
class InspectionPlansTests extends IntegrationTest {

	private static final String MARKET = "dlh.market";

	private static final String HEAD = "dlh.head";

	private static final String GOLMUD = "grm.officer1";

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
	private QuietPeriods quiet;

	@Autowired
	private InspectionTasks inspectionTasks;

	@Autowired
	private org.springframework.security.core.userdetails.UserDetailsService users;

	private final int year = LocalDate.now(ChinaTime.ZONE).getYear() + 1;

	private long market() {
		return organizations.findByCode("632802-scjg").orElseThrow().id().value();
	}

	private ResultActions send(String user, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			Object body) throws Exception {
		return mvc.perform(request.with(as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body)));
	}

	private JsonNode read(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString());
	}

	private Map<String, Object> item(long department, String name, boolean key) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("departmentId", department);
		item.put("name", name);
		item.put("legalBasis", "《食品安全法》第八十七条（测试）");
		item.put("subjectKinds", List.of("LEGAL_PERSON", "INDIVIDUAL_BUSINESS"));
		item.put("content", "食品经营许可与经营条件");
		item.put("method", "ON_SITE");
		item.put("keyItem", key);
		return item;
	}

	private long createItem(boolean key, boolean publish) throws Exception {
		long id = read(send(MARKET, post("/api/v1/inspections/items"), item(market(), "食品经营检查", key))
			.andExpect(status().isCreated())).get("id").asLong();
		if (publish) {
			mvc.perform(post("/api/v1/inspections/items/{id}/publish", id).with(as(MARKET)).with(csrf()))
				.andExpect(status().isOk());
		}
		return id;
	}

	private long plan() throws Exception {
		return read(send(MARKET, post("/api/v1/inspections/plans"), Map.of("bodyId", market(), "year", year, "name",
				year + " 年度双随机抽查计划（测试）", "leadId", market(), "departmentIds", List.of(market())))
			.andExpect(status().isCreated())).get("id").asLong();
	}

	private Map<String, Object> task(List<Long> items, String issuer, List<Map<String, Object>> strata) {
		Map<String, Object> task = new LinkedHashMap<>();
		task.put("name", "食品经营者抽查");
		task.put("departmentIds", List.of(market()));
		task.put("itemIds", items);
		task.put("subjectKinds", List.of("LEGAL_PERSON"));
		task.put("divisionCode", "632802");
		task.put("issuerCodes", List.of(issuer));
		task.put("strata", strata);
		task.put("windowFrom", LocalDate.of(year, 1, 1).toString());
		task.put("windowUntil", LocalDate.of(year, 12, 31).toString());
		return task;
	}

	private static String randomCode(String prefix) {
		StringBuilder digits = new StringBuilder(prefix);
		while (digits.length() < 16) {
			digits.append(ThreadLocalRandom.current().nextInt(10));
		}
		return CreditCode.complete(digits.toString()).value();
	}

	@Test
	void itemsAreWrittenByTheDepartmentInItsJurisdictionWithVersions() throws Exception {
		long v1 = createItem(false, true);
		send(GOLMUD, post("/api/v1/inspections/items"), item(market(), "越权事项", false))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		send("dlh.officer1", post("/api/v1/inspections/items"), item(market(), "他部门事项", false))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("inspection.not-the-department"));
		mvc.perform(get("/api/v1/inspections/items/{id}/versions", v1).with(as(GOLMUD)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("inspection.item-unknown"));

		Map<String, Object> edited = item(market(), "食品经营检查（修订）", false);
		long v2 = read(send(MARKET, post("/api/v1/inspections/items/{id}/versions", v1), edited)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.publishedAt").doesNotExist())).get("id").asLong();
		mvc.perform(get("/api/v1/inspections/items/{id}/versions", v2).with(as(MARKET)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].version").value(2))
			.andExpect(jsonPath("$[1].version").value(1))
			.andExpect(jsonPath("$[1].id").value(v1))
			.andExpect(jsonPath("$[1].name").value("食品经营检查"))
			.andExpect(jsonPath("$[1].publishedAt").exists());
		mvc.perform(post("/api/v1/inspections/items/{id}/publish", v1).with(as(MARKET)).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("inspection.item-published"));
		send("admin", post("/api/v1/inspections/items"), item(market(), "管理员代录事项", true))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.keyItem").value(true));
	}

	@Test
	void anUnpublishedItemIsRefusedAndAnApprovedTaskIsNeverEdited() throws Exception {
		long plan = plan();
		long unpublished = createItem(false, false);
		long published = createItem(false, true);
		String issuer = randomCode("11632802");
		List<Map<String, Object>> strata = List.of(Map.of("creditClass", "A", "ratio", 0.05));

		send(MARKET, post("/api/v1/inspections/plans/{id}/tasks", plan), task(List.of(unpublished), issuer, strata))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("inspection.item-unpublished"));
		send(MARKET, post("/api/v1/inspections/plans/{id}/tasks", plan),
				task(List.of(published), issuer, List.of(Map.of("creditClass", "A", "ratio", 0.5))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("inspection.ratio-above-cap"));
		send(MARKET, post("/api/v1/inspections/plans/{id}/tasks", plan),
				task(List.of(published), issuer, List.of(Map.of("creditClass", "A", "ratio", 0.1, "count", 3))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("inspection.stratum-invalid"));
		send(GOLMUD, post("/api/v1/inspections/plans/{id}/tasks", plan), task(List.of(published), issuer, strata))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("inspection.plan-unknown"));

		long task = read(send(MARKET, post("/api/v1/inspections/plans/{id}/tasks", plan),
				task(List.of(published), issuer, strata))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.state").value("DRAFT"))).get("id").asLong();
		mvc.perform(post("/api/v1/inspections/tasks/{id}/approve", task).with(as(MARKET)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/inspections/tasks/{id}/population", task).with(as(MARKET)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("inspection.task-not-approved"));
		mvc.perform(post("/api/v1/inspections/tasks/{id}/approve", task).with(as(HEAD)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("APPROVED"))
			.andExpect(jsonPath("$.approvedAt").exists());
		send(MARKET, put("/api/v1/inspections/tasks/{id}", task), task(List.of(published), issuer, strata))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("inspection.task-not-draft"));
		mvc.perform(post("/api/v1/inspections/tasks/{id}/approve", task).with(as(HEAD)).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("inspection.task-state"));

		Map<String, Object> replacement = task(List.of(published), issuer, strata);
		replacement.put("replacesId", task);
		send(MARKET, post("/api/v1/inspections/plans/{id}/tasks", plan), replacement)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("inspection.replace-reason-required"));
		replacement.put("reason", "辖区调整");
		send(MARKET, post("/api/v1/inspections/plans/{id}/tasks", plan), replacement)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.replacesId").value(task))
			.andExpect(jsonPath("$.state").value("DRAFT"));
		assertThat(jdbc.sql("select state from inspection_task where id = ?").param(task).query(String.class).single())
			.isEqualTo("APPROVED");
	}

	@Test
	void thePopulationHoldsTheDepartmentsLicenseesByClassWithoutTheQuietOnes() throws Exception {
		String issuer = randomCode("11632802");
		String otherIssuer = randomCode("11632802");
		ScopedPrincipal officer = (ScopedPrincipal) users.loadUserByUsername("dlh.officer1");
		List<Long> licensed = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			licensed.add(subject(officer, issuer));
		}
		long quietOne = licensed.get(4);
		long otherDepartments = subject(officer, otherIssuer);
		long unlicensed = subject(officer, null);
		long tagged = subject(officer, null);
		mvc.perform(post("/api/v1/inspections/targets").with(as(MARKET)).with(csrf())
			.param("departmentId", String.valueOf(market())).param("subjectId", String.valueOf(tagged)))
			.andExpect(status().isNoContent());
		mvc.perform(post("/api/v1/inspections/targets").with(as(MARKET)).with(csrf())
			.param("departmentId", String.valueOf(market())).param("subjectId", String.valueOf(tagged)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("inspection.already-tagged"));
		mvc.perform(post("/api/v1/inspections/targets").with(as(GOLMUD)).with(csrf())
			.param("departmentId", String.valueOf(market())).param("subjectId", String.valueOf(unlicensed)))
			.andExpect(status().isForbidden());
		grade(licensed.get(0), CreditClass.C);
		grade(licensed.get(1), CreditClass.C);
		actingAs("dlh.officer1", () -> quiet.add(quietOne, new QuietInputs.Entry(QuietKind.EXEMPT,
				LocalDate.now(ChinaTime.ZONE), LocalDate.of(year, 1, 31), "信用 A 类免检（测试）", "德令哈市市场监督管理局"),
				officer));

		long plan = plan();
		long ordinary = createItem(false, true);
		List<Map<String, Object>> strata = List.of(Map.of("creditClass", "C", "count", 1),
				Map.of("creditClass", "A", "ratio", 0.2));
		long task = read(send(MARKET, post("/api/v1/inspections/plans/{id}/tasks", plan),
				task(List.of(ordinary), issuer, strata)).andExpect(status().isCreated())).get("id").asLong();
		mvc.perform(post("/api/v1/inspections/tasks/{id}/approve", task).with(as(HEAD)).with(csrf()))
			.andExpect(status().isOk());

		TaskPopulation population = inspectionTasks.population(task);
		assertThat(population.keyItems()).isFalse();
		assertThat(population.strata()).extracting(TaskPopulation.Stratum::creditClass)
			.containsExactly(CreditClass.A, CreditClass.C);
		TaskPopulation.Stratum a = population.strata().get(0);
		TaskPopulation.Stratum c = population.strata().get(1);
		assertThat(a.candidates()).extracting(TaskPopulation.Candidate::subjectId)
			.containsExactlyInAnyOrder(licensed.get(2), licensed.get(3), tagged);
		assertThat(a.candidates()).extracting(TaskPopulation.Candidate::code).isSorted();
		assertThat(a.n()).isEqualTo(1);
		assertThat(c.candidates()).extracting(TaskPopulation.Candidate::subjectId)
			.containsExactlyInAnyOrder(licensed.get(0), licensed.get(1));
		assertThat(c.n()).isEqualTo(1);
		List<Long> all = population.strata().stream().flatMap(s -> s.candidates().stream())
			.map(TaskPopulation.Candidate::subjectId).toList();
		assertThat(all).doesNotContain(quietOne, otherDepartments, unlicensed);

		long key = createItem(true, true);
		long keyTask = read(send(MARKET, post("/api/v1/inspections/plans/{id}/tasks", plan),
				task(List.of(key), issuer, List.of(Map.of("creditClass", "A", "ratio", 1))))
			.andExpect(status().isCreated())).get("id").asLong();
		mvc.perform(post("/api/v1/inspections/tasks/{id}/approve", keyTask).with(as(HEAD)).with(csrf()))
			.andExpect(status().isOk());
		TaskPopulation keyPopulation = inspectionTasks.population(keyTask);
		assertThat(keyPopulation.keyItems()).isTrue();
		assertThat(keyPopulation.strata().get(0).candidates()).extracting(TaskPopulation.Candidate::subjectId)
			.containsExactlyInAnyOrder(licensed.get(2), licensed.get(3), quietOne, tagged);
		assertThat(keyPopulation.strata().get(0).n()).isEqualTo(4);

		mvc.perform(delete("/api/v1/inspections/targets").with(as(MARKET)).with(csrf())
			.param("departmentId", String.valueOf(market())).param("subjectId", String.valueOf(tagged)))
			.andExpect(status().isNoContent());
		assertThat(inspectionTasks.population(keyTask).strata().get(0).candidates())
			.extracting(TaskPopulation.Candidate::subjectId).doesNotContain(tagged);

		inspectionTasks.markDrawn(task, 0);
		assertThat(inspectionTasks.population(task).strata()).hasSize(2);
		assertThatThrownBy(() -> inspectionTasks.markDrawn(task, 0)).isInstanceOf(RuleViolation.class);
	}

	@Test
	void anApprovedTaskIsDrawnAndADrawnTaskOnlyDrawnAgainAsANewRecord() throws Exception {
		String issuer = randomCode("11632802");
		ScopedPrincipal officer = (ScopedPrincipal) users.loadUserByUsername("dlh.officer1");
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			long id = subject(officer, issuer);
			codes.add(jdbc.sql("select code from market_subject where id = ?").param(id).query(String.class).single());
		}
		long plan = plan();
		long item = createItem(false, true);
		long task = read(send(MARKET, post("/api/v1/inspections/plans/{id}/tasks", plan),
				task(List.of(item), issuer, List.of(Map.of("creditClass", "A", "count", 3))))
			.andExpect(status().isCreated())).get("id").asLong();
		Map<String, Object> first = Map.of("reason", "年度抽查（测试）", "inspectorsPerSubject", 2,
				"recuseDeclaredConflicts", true);
		// a draft is not drawn
		send("dlh.officer1", post("/api/v1/inspections/draws/tasks/{id}", task), first)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("inspection.task-not-approved"));
		mvc.perform(post("/api/v1/inspections/tasks/{id}/approve", task).with(as(HEAD)).with(csrf()))
			.andExpect(status().isOk());
		// another county does not see the task
		send(GOLMUD, post("/api/v1/inspections/draws/tasks/{id}", task), first).andExpect(status().isNotFound());
		assertThat(draws(task)).isZero();

		JsonNode drawn = read(send("dlh.officer1", post("/api/v1/inspections/draws/tasks/{id}", task), first)
			.andExpect(status().isCreated()));
		assertThat(drawn.at("/published/taskId").asLong()).isEqualTo(task);
		assertThat(drawn.at("/published/strata/0/stratum").asText()).isEqualTo("A");
		List<String> chosen = new ArrayList<>();
		drawn.at("/published/strata/0/drawn").forEach(c -> chosen.add(c.asText()));
		assertThat(chosen).containsExactlyInAnyOrderElementsOf(codes);
		drawn.at("/subjects").forEach(s -> assertThat(s.get("inspectors")).hasSize(2));
		mvc.perform(get("/api/v1/inspections/tasks/{id}", task).with(as(MARKET)))
			.andExpect(jsonPath("$.state").value("DRAWN"));

		// drawn again: a new record with its own seed and reason; the first stays as it was
		JsonNode again = read(send("dlh.officer1", post("/api/v1/inspections/draws/tasks/{id}", task),
				Map.of("reason", "首次抽取的检查人员调离，重新抽取（测试）", "recuseDeclaredConflicts", false))
			.andExpect(status().isCreated()));
		assertThat(again.at("/published/id").asLong()).isNotEqualTo(drawn.at("/published/id").asLong());
		assertThat(again.at("/published/seed").asText()).isNotEqualTo(drawn.at("/published/seed").asText());
		assertThat(draws(task)).isEqualTo(2);
		mvc.perform(get("/api/v1/public/inspections/draws/{id}", drawn.at("/published/id").asLong()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.seed").value(drawn.at("/published/seed").asText()));
	}

	@Test
	void aPersonIsDrawnByTheWholeNumberAndPublishedMasked() throws Exception {
		String issuer = randomCode("11632802");
		ScopedPrincipal officer = (ScopedPrincipal) users.loadUserByUsername("dlh.officer1");
		String number = cn.oneteam.shared.IdNumber.complete("6328021985" + String.format("%02d",
				1 + ThreadLocalRandom.current().nextInt(12)) + "15" + String.format("%03d",
				ThreadLocalRandom.current().nextInt(1000))).value();
		long person = actingAs("dlh.officer1", () -> {
			long id = subjects.register(new SubjectInputs.Registration(SubjectKind.NATURAL_PERSON, number, "抽查测试个人",
					"632802100", "长江路 3 号", null, null), officer).id();
			licences.record(id, new LicenceInputs.Licence("食品经营许可证（仅销售预包装食品备案）", "JY" + number.substring(0, 14),
					issuer, "德令哈市市场监督管理局", LocalDate.now(ChinaTime.ZONE), null, null), LicenceSource.MANUAL, officer);
			return id;
		});
		long plan = plan();
		Map<String, Object> forPersons = item(market(), "个人食品经营检查", false);
		forPersons.put("subjectKinds", List.of("NATURAL_PERSON"));
		long item = read(send(MARKET, post("/api/v1/inspections/items"), forPersons).andExpect(status().isCreated()))
			.get("id").asLong();
		mvc.perform(post("/api/v1/inspections/items/{id}/publish", item).with(as(MARKET)).with(csrf()))
			.andExpect(status().isOk());
		Map<String, Object> task = task(List.of(item), issuer, List.of(Map.of("creditClass", "A", "count", 1)));
		task.put("subjectKinds", List.of("NATURAL_PERSON"));
		long id = read(send(MARKET, post("/api/v1/inspections/plans/{id}/tasks", plan), task)
			.andExpect(status().isCreated())).get("id").asLong();
		mvc.perform(post("/api/v1/inspections/tasks/{id}/approve", id).with(as(HEAD)).with(csrf()))
			.andExpect(status().isOk());

		TaskPopulation population = inspectionTasks.population(id);
		assertThat(population.strata().get(0).candidates()).extracting(TaskPopulation.Candidate::subjectId,
				TaskPopulation.Candidate::code).containsExactly(org.assertj.core.groups.Tuple.tuple(person, number));
		JsonNode drawn = read(send("dlh.officer1", post("/api/v1/inspections/draws/tasks/{id}", id),
				Map.of("reason", "年度抽查（测试）", "recuseDeclaredConflicts", false)).andExpect(status().isCreated()));
		String published = drawn.at("/published/strata/0/drawn/0").asText();
		assertThat(published).isEqualTo(cn.oneteam.shared.IdNumber.of(number).masked())
			.doesNotContain(number.substring(6, 14));
		String text = mvc.perform(get("/api/v1/public/inspections/draws/{id}/population", drawn.at("/published/id").asLong()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(text).contains(published).doesNotContain(number);
	}

	private long draws(long task) {
		return jdbc.sql("select count(*) from inspection_draw where task_id = ?").param(task).query(Long.class).single();
	}

	private long subject(ScopedPrincipal officer, String issuer) {
		String code = randomCode("91632802");
		return actingAs("dlh.officer1", () -> {
			long id = subjects.register(new SubjectInputs.Registration(SubjectKind.LEGAL_PERSON, code, "抽查测试有限公司",
					"632802100", "长江路 1 号", null, null), officer).id();
			if (issuer != null) {
				licences.record(id, new LicenceInputs.Licence("食品经营许可证", "JY" + code.substring(2, 16), issuer,
						"德令哈市市场监督管理局", LocalDate.now(ChinaTime.ZONE), LocalDate.now(ChinaTime.ZONE).plusYears(5),
						null), LicenceSource.MANUAL, officer);
			}
			return id;
		});
	}

	private void grade(long subject, CreditClass creditClass) {
		jdbc.sql("""
				insert into credit_grade_history (subject_id, class, score, computed_at, cause, reasons)
				values (?, ?, 40, ?, 'test', '[]'::jsonb)""")
			.params(subject, creditClass.name(), OffsetDateTime.now())
			.update();
	}

	@Test
	void thePagesListItemsAndPlansInBothLanguagesAndPublishAnItem() throws Exception {
		long id = createItem(true, false);
		mvc.perform(get("/inspections/items").with(as(MARKET)).param("versionsOf", String.valueOf(id)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("抽查事项清单")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"inspection-versions\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/inspections/items/" + id + "/publish")));
		mvc.perform(get("/inspections/items").with(as(MARKET)).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Inspection item lists")));
		mvc.perform(post("/inspections/items/{id}/publish", id).with(as(MARKET)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select published_at is not null from inspection_item where id = ?").param(id)
			.query(Boolean.class).single()).isTrue();
		plan();
		mvc.perform(get("/inspections/plans").with(as(HEAD)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("年度双随机抽查计划（测试）")));
	}
}
