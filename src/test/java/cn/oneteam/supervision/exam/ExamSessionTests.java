package cn.oneteam.supervision.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import cn.oneteam.IntegrationTest;
import cn.oneteam.identity.Accounts;
import cn.oneteam.identity.Accounts.NewAccount;
import cn.oneteam.identity.Role;
import cn.oneteam.identity.SystemActor;
import cn.oneteam.organization.ExamRecords;
import cn.oneteam.organization.BodyType;
import cn.oneteam.organization.ExamResult;
import cn.oneteam.organization.NewOrganization;
import cn.oneteam.organization.OrganizationKind;
import cn.oneteam.organization.NewPerson;
import cn.oneteam.organization.Officers;
import cn.oneteam.organization.OrganizationId;
import cn.oneteam.organization.Organizations;
import cn.oneteam.organization.PersonCategory;
import cn.oneteam.organization.PersonId;
import cn.oneteam.organization.PostKind;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.JurisdictionScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Certificate exams (docs/adr/0038-external-supervisors-and-exams.md): only staff on the establishment and in post on
 * the exam day register, scores outside 0–100 are refused, a score equal to the pass mark passes, the public pass list
 * is masked, and publication writes the results into the persons' exam records.
 */
class ExamSessionTests extends IntegrationTest {

	private static final String SUPERVISOR = "hx.supervisor";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private Organizations organizations;

	@Autowired
	private Officers officers;

	@Autowired
	private ExamRecords records;

	@Autowired
	private Accounts accounts;

	@Autowired
	private JdbcClient jdbc;

	private OrganizationId bureau;

	private LocalDate today;

	private final String tag = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));

	@BeforeEach
	void setUp() {
		// a department of its own, not the demo's bureau: 海西's staffing report counts the bureaus and their people
		String code = "t-ex-" + tag;
		bureau = organizations.findByCode(code).map(o -> o.id()).orElseGet(() -> SystemActor.call(
				() -> organizations.register(new NewOrganization(code, "考试测试局" + tag, OrganizationKind.DEPARTMENT,
						BodyType.OWN_POWER, DivisionCode.of("632802"), null, List.of()), JurisdictionScope.nationwide()))
			.id());
		today = LocalDate.now(ChinaTime.ZONE);
	}

	private long person(String name, PersonCategory category, PostKind post, LocalDate joinedOn) {
		return person(bureau, name, category, post, joinedOn);
	}

	private long person(OrganizationId body, String name, PersonCategory category, PostKind post, LocalDate joinedOn) {
		return SystemActor.call(() -> officers.register(new NewPerson(body, null, name + tag, category, post, false,
				false, null, joinedOn), JurisdictionScope.nationwide())).value();
	}

	/** The session held on another day, as if that day had come (the service dates everything today). */
	private void heldOn(long session, LocalDate day) {
		jdbc.sql("update supervision_exam_session set held_on = ? where id = ?").params(day, session).update();
	}

	private ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			Object content) throws Exception {
		return mvc.perform(request.with(as(SUPERVISOR)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(content)));
	}

	private long session(LocalDate heldOn, String passMark) throws Exception {
		Map<String, Object> s = new HashMap<>();
		s.put("name", "执法资格考试（测试 " + tag + "）");
		s.put("heldOn", heldOn.toString());
		s.put("domain", "URBAN_MANAGEMENT");
		s.put("passMark", new BigDecimal(passMark));
		return body(send(post("/api/v1/supervision/exams"), s).andExpect(status().isCreated())).get("id").asLong();
	}

	private ResultActions register(long session, long person) throws Exception {
		return send(post("/api/v1/supervision/exams/{id}/candidates", session), Map.of("personId", person));
	}

	private ResultActions score(long session, long candidate, String general, String special) throws Exception {
		return send(put("/api/v1/supervision/exams/{id}/candidates/{c}/scores", session, candidate),
				Map.of("general", new BigDecimal(general), "special", new BigDecimal(special)));
	}

	@Test
	void onlyStaffOnTheEstablishmentAndInPostOnTheDayRegister() throws Exception {
		long session = session(today, "60");
		long joinedThatDay = person("考试甲", PersonCategory.ESTABLISHMENT, PostKind.ADMINISTRATIVE, today);
		long joinedNextDay = person("考试乙", PersonCategory.ESTABLISHMENT, PostKind.PUBLIC_INSTITUTION,
				today.plusDays(1));
		long auxiliary = person("考试丙", PersonCategory.AUXILIARY, null, today.minusYears(2));
		long service = person("考试丁", PersonCategory.ESTABLISHMENT, PostKind.SERVICE, today.minusYears(2));

		register(session, joinedThatDay).andExpect(status().isCreated())
			.andExpect(jsonPath("$.personName").value("考试甲" + tag));
		register(session, joinedThatDay).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("supervision.exam-registered"));
		register(session, joinedNextDay).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("supervision.exam-not-in-post"));
		register(session, auxiliary).andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("supervision.exam-not-establishment"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("考试丙" + tag)));
		register(session, service).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("supervision.exam-service-post"));
		register(session, 999_999_999L).andExpect(status().isNotFound());
		assertThat(body(mvc.perform(get("/api/v1/supervision/exams/{id}/candidates", session).with(as(SUPERVISOR))))
			.findValuesAsString("personName")).containsExactly("考试甲" + tag);
	}

	@Test
	void scoresOutsideTheRangeAreRefusedAndThePassMarkItselfPasses() throws Exception {
		long session = session(today, "60");
		long a = body(register(session, person("边界甲", PersonCategory.ESTABLISHMENT, PostKind.ADMINISTRATIVE,
				today.minusYears(1))).andExpect(status().isCreated())).get("id").asLong();
		long b = body(register(session, person("边界乙", PersonCategory.ESTABLISHMENT, PostKind.ADMINISTRATIVE,
				today.minusYears(1))).andExpect(status().isCreated())).get("id").asLong();
		for (String[] wrong : List.of(new String[] { "100.1", "80" }, new String[] { "80", "-0.5" },
				new String[] { "60.05", "80" })) {
			score(session, a, wrong[0], wrong[1]).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.code").value("supervision.exam-score-range"));
		}
		score(session, a, "60", "60.0").andExpect(status().isOk()).andExpect(jsonPath("$.passed").value(true));
		score(session, b, "59.9", "100").andExpect(status().isOk()).andExpect(jsonPath("$.passed").value(false));
		score(session, b, "0", "100").andExpect(status().isOk()).andExpect(jsonPath("$.passed").value(false));

		long later = session(today.plusDays(3), "60");
		long c = body(register(later, person("未考", PersonCategory.ESTABLISHMENT, PostKind.ADMINISTRATIVE,
				today.minusYears(1))).andExpect(status().isCreated())).get("id").asLong();
		score(later, c, "90", "90").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("supervision.exam-not-held"));
		send(post("/api/v1/supervision/exams"), Map.of("name", "x", "heldOn", today.toString(), "domain",
				"URBAN_MANAGEMENT", "passMark", 100.5)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("supervision.exam-input"));
	}

	@Test
	void thePublishedPassListIsMaskedAndTheResultsReachThePersonsRecords() throws Exception {
		long session = session(today, "60");
		long passer = person("欧阳考过", PersonCategory.ESTABLISHMENT, PostKind.ADMINISTRATIVE, today.minusYears(3));
		long failer = person("李未过", PersonCategory.ESTABLISHMENT, PostKind.ADMINISTRATIVE, today.minusYears(3));
		long p = body(register(session, passer)).get("id").asLong();
		long f = body(register(session, failer)).get("id").asLong();
		heldOn(session, today.minusDays(1)); // the exam was yesterday: registration has closed
		register(session, person("王迟到", PersonCategory.ESTABLISHMENT, PostKind.ADMINISTRATIVE, today.minusYears(3)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("supervision.exam-held"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(today.minusDays(1).toString())));
		score(session, p, "75", "88.5").andExpect(status().isOk());
		send(post("/api/v1/supervision/exams/{id}/publish", session), Map.of()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("supervision.exam-unscored"));
		mvc.perform(get("/api/v1/public/supervision/exams/{id}/passes", session)).andExpect(status().isNotFound());
		score(session, f, "45", "70").andExpect(status().isOk());

		send(post("/api/v1/supervision/exams/{id}/publish", session), Map.of()).andExpect(status().isOk())
			.andExpect(jsonPath("$.passed").value(1))
			.andExpect(jsonPath("$.candidates").value(2));
		String list = mvc.perform(get("/api/v1/public/supervision/exams/{id}/passes", session))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.passes[0].name").value("欧阳某某"))
			.andExpect(jsonPath("$.passes[0].bodyName").value("考试测试局" + tag))
			.andExpect(jsonPath("$.passes.length()").value(1))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(list).doesNotContain("欧阳考过").doesNotContain("李");
		score(session, f, "90", "90").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("supervision.exam-published"));

		List<ExamResult> passed = records.of(new PersonId(passer), JurisdictionScope.nationwide());
		assertThat(passed).singleElement().satisfies(r -> {
			assertThat(r.passed()).isTrue();
			assertThat(r.score()).isEqualByComparingTo("163.5");
			assertThat(r.takenOn()).isEqualTo(today.minusDays(1));
			assertThat(r.exam()).contains(tag).contains("URBAN_MANAGEMENT");
		});
		assertThat(records.of(new PersonId(failer), JurisdictionScope.nationwide())).singleElement()
			.satisfies(r -> assertThat(r.passed()).isFalse());
		// the person's page in organisation shows it too
		mvc.perform(get("/api/v1/people/{id}", passer).with(as("dlh.head"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.exams[0].passed").value(true));
	}

	@Test
	void theDemoSessionIsPublishedAndThePagesOpenOne() throws Exception {
		JsonNode sessions = body(mvc.perform(get("/api/v1/supervision/exams").with(as(SUPERVISOR)))
			.andExpect(status().isOk()));
		JsonNode demo = null;
		for (JsonNode s : sessions) {
			if (s.get("name").asString().equals("海西州执法资格考试（城市管理）")) {
				demo = s;
			}
		}
		assertThat(demo).isNotNull();
		assertThat(demo.get("publishedAt").isNull()).isFalse();
		assertThat(demo.get("candidates").asInt()).isPositive();
		mvc.perform(get("/supervision/exams").with(as(SUPERVISOR))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("海西州执法资格考试（城市管理）")));
		String location = mvc.perform(post("/supervision/exams").with(as(SUPERVISOR)).with(csrf())
			.param("name", "页面考试 " + tag).param("heldOn", today.toString()).param("domain", "TRANSPORT")
			.param("passMark", "60"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).matches("/supervision/exams/\\d+");
		mvc.perform(get(location).param("body", String.valueOf(bureau.value())).with(as(SUPERVISOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("页面考试 " + tag)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"exam-person\"")));
	}

	@Test
	void aSupervisorOfWiderScopeRegistersOnlyWithinTheOrganisersJurisdiction() throws Exception {
		long session = session(today, "60");
		String province = "qh.supervisor" + tag;
		OrganizationId xining = SystemActor.call(() -> {
			var judicial = organizations.register(new NewOrganization("63-sfj-" + tag, "青海省司法局（考试测试）",
					OrganizationKind.JUDICIAL_BUREAU, null, DivisionCode.of("63"), null, List.of(DivisionCode.of("63"))),
					JurisdictionScope.nationwide());
			accounts.open(new NewAccount(province, "省级执法监督", "Secret-Pass-2026!", judicial.id(),
					Set.of(Role.SUPERVISOR)), JurisdictionScope.nationwide());
			return organizations.register(new NewOrganization("6301-zhzf-exam-" + tag, "西宁执法局（考试测试）",
					OrganizationKind.ENFORCEMENT_BUREAU, null, DivisionCode.of("6301"), null,
					List.of(DivisionCode.of("6301"))), JurisdictionScope.nationwide()).id();
		});
		long outside = person(xining, "西宁考生", PersonCategory.ESTABLISHMENT, PostKind.ADMINISTRATIVE,
				today.minusYears(1));
		long inside = person("海西考生", PersonCategory.ESTABLISHMENT, PostKind.ADMINISTRATIVE, today.minusYears(1));
		// the province's supervisor sees 海西's session, but its candidates are 海西's people only
		mvc.perform(post("/api/v1/supervision/exams/{id}/candidates", session).with(as(province)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("personId", outside))))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("supervision.exam-person-unknown"));
		mvc.perform(post("/api/v1/supervision/exams/{id}/candidates", session).with(as(province)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("personId", inside))))
			.andExpect(status().isCreated());
	}

	@Test
	void anotherBodyOrAReaderCannotOrganise() throws Exception {
		long session = session(today, "60");
		mvc.perform(get("/api/v1/supervision/exams/{id}", session).with(as("dlh.head"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/supervision/exams/{id}", session).with(as("hx.external1")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/supervision/exams/{id}", session).with(as(SUPERVISOR))).andExpect(status().isOk());
	}
}
