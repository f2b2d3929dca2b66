package cn.oneteam.inspection.targeted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import cn.oneteam.IntegrationTest;
import cn.oneteam.audit.FullProcessRecord;
import cn.oneteam.audit.RecordEntry;
import cn.oneteam.organization.Organizations;
import cn.oneteam.identity.SystemActor;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.CreditCode;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.subject.SubjectInputs;
import cn.oneteam.subject.SubjectKind;
import cn.oneteam.subject.Subjects;
import cn.oneteam.subject.quiet.InspectionCap;
import cn.oneteam.subject.quiet.InspectionTrigger;
import cn.oneteam.subject.quiet.QuietInputs;
import cn.oneteam.subject.quiet.QuietKind;
import cn.oneteam.subject.quiet.QuietPeriods;
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
 * 个案检查 against the demo data (docs/adr/0028-joint-visits.md): 德令哈's enforcement bureau asks, its head approves —
 * only then a visit with its code exists, and it counts in the figures; a routine trigger, an item of another
 * department, too few or unknown inspectors, a past window, a quiet entry the trigger does not pass, a decided request
 * and a head of another county are refused as problems.
 */
class TargetedInspectionsTests extends IntegrationTest {

	private static final String OFFICER = "dlh.officer1";

	private static final String HEAD = "dlh.head";

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
	private QuietPeriods quiet;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private FullProcessRecord record;

	private final LocalDate today = LocalDate.now(ChinaTime.ZONE);

	private long bureau() {
		return organizations.findByCode("632802-zhzf").orElseThrow().id().value();
	}

	private ResultActions send(String user, MockHttpServletRequestBuilder request, Object body) throws Exception {
		return mvc.perform(request.with(as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body)));
	}

	private JsonNode read(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private long item(String user, long department) throws Exception {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("departmentId", department);
		item.put("name", "投诉举报核查（个案测试）");
		item.put("legalBasis", "（测试）检查依据");
		item.put("subjectKinds", List.of("LEGAL_PERSON"));
		item.put("content", "（测试）投诉事项核查");
		item.put("method", "ON_SITE");
		item.put("keyItem", false);
		long id = read(send(user, post("/api/v1/inspections/items"), item).andExpect(status().isCreated())).get("id")
			.asLong();
		mvc.perform(post("/api/v1/inspections/items/{id}/publish", id).with(as(user)).with(csrf()))
			.andExpect(status().isOk());
		return id;
	}

	private long subject() {
		ScopedPrincipal officer = (ScopedPrincipal) users.loadUserByUsername(OFFICER);
		StringBuilder digits = new StringBuilder("91632802");
		while (digits.length() < 16) {
			digits.append(ThreadLocalRandom.current().nextInt(10));
		}
		String code = CreditCode.complete(digits.toString()).value();
		return actingAs(OFFICER, () -> subjects.register(new SubjectInputs.Registration(SubjectKind.LEGAL_PERSON, code,
				"个案检查测试有限公司", "632802100", "长江路 7 号", null, null), officer).id());
	}

	private List<String> inspectors() throws Exception {
		List<String> numbers = new ArrayList<>();
		read(mvc.perform(get("/api/v1/inspections/draws/inspectors").with(as(OFFICER))).andExpect(status().isOk()))
			.forEach(n -> numbers.add(n.asString()));
		assertThat(numbers).hasSizeGreaterThanOrEqualTo(2);
		return numbers;
	}

	private Map<String, Object> input(long subject, long item, String trigger, List<String> inspectors) {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("subjectId", subject);
		input.put("departmentId", bureau());
		input.put("itemIds", List.of(item));
		input.put("trigger", trigger);
		input.put("reason", "12345 热线投诉：无证经营（测试）");
		input.put("windowFrom", today.toString());
		input.put("windowUntil", today.plusDays(10).toString());
		input.put("inspectors", inspectors);
		return input;
	}

	private long visits(long subject) {
		return jdbc.sql("select count(*) from inspection_visit where subject_id = ?").param(subject).query(Long.class)
			.single();
	}

	private JsonNode figures() throws Exception {
		return read(mvc.perform(get("/api/v1/inspections/visits/merging").with(as(HEAD))
			.param("year", String.valueOf(today.getYear())).param("division", "632802100")).andExpect(status().isOk()));
	}

	@Test
	void aHeadApprovesATargetedInspectionWhichOnlyThenGetsItsCodeAndCounts() throws Exception {
		long subject = subject();
		long item = item(OFFICER, bureau());
		List<String> two = inspectors().subList(0, 2);
		JsonNode before = figures();

		JsonNode asked = read(send(OFFICER, post("/api/v1/inspections/visits/targeted"),
				input(subject, item, "COMPLAINT", two)).andExpect(status().isCreated()));
		long id = asked.get("id").asLong();
		assertThat(asked.get("state").asString()).isEqualTo("REQUESTED");
		assertThat(asked.get("visitId").isNull()).isTrue();
		assertThat(visits(subject)).isZero();

		// an officer may not approve, nor a head of another county
		mvc.perform(post("/api/v1/inspections/visits/targeted/{id}/approve", id).with(as(OFFICER)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/inspections/visits/targeted/{id}/approve", id).with(as("grm.head")).with(csrf()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("inspection.targeted-unknown"));

		JsonNode approved = read(mvc.perform(post("/api/v1/inspections/visits/targeted/{id}/approve", id)
			.with(as(HEAD)).with(csrf())).andExpect(status().isOk()));
		assertThat(approved.get("state").asString()).isEqualTo("APPROVED");
		long visit = approved.get("visitId").asLong();
		assertThat(visits(subject)).isOne();
		mvc.perform(get("/api/v1/inspections/visits/{id}", visit).with(as(HEAD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.visit.kind").value("TARGETED"))
			.andExpect(jsonPath("$.visit.trigger").value("COMPLAINT"))
			.andExpect(jsonPath("$.visit.code").value(org.hamcrest.Matchers.matchesPattern("[0-9A-HJKMNP-TV-Z]{12}")))
			.andExpect(jsonPath("$.visit.onSite").value(true))
			.andExpect(jsonPath("$.parts[0].taskId").doesNotExist());
		JsonNode after = figures();
		assertThat(after.get("parts").asLong()).isEqualTo(before.get("parts").asLong() + 1);
		assertThat(after.get("visits").asLong()).isEqualTo(before.get("visits").asLong() + 1);
		assertThat(record.entries(TargetedRecorded.SUBJECT, id)).extracting(RecordEntry::action)
			.containsExactly("requested", "approved");

		mvc.perform(post("/api/v1/inspections/visits/targeted/{id}/approve", id).with(as(HEAD)).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("inspection.targeted-state"));
		mvc.perform(get("/api/v1/inspections/visits/targeted").with(as(HEAD)).param("state", "APPROVED"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == " + id + ")].visitId").value((int) visit));

		// refused: no visit, and decided once
		long refused = read(send(OFFICER, post("/api/v1/inspections/visits/targeted"),
				input(subject, item, "REFERRAL", two)).andExpect(status().isCreated())).get("id").asLong();
		send(HEAD, post("/api/v1/inspections/visits/targeted/{id}/refuse", refused), Map.of("reason", "已由市场监管部门核查"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("REFUSED"))
			.andExpect(jsonPath("$.decisionNote").value("已由市场监管部门核查"));
		mvc.perform(post("/api/v1/inspections/visits/targeted/{id}/approve", refused).with(as(HEAD)).with(csrf()))
			.andExpect(status().isConflict());
		assertThat(visits(subject)).isOne();
	}

	@Test
	void badRequestsAreRefusedAsProblems() throws Exception {
		long subject = subject();
		long item = item(OFFICER, bureau());
		long market = organizations.findByCode("632802-scjg").orElseThrow().id().value();
		long marketItem = item("dlh.market", market);
		List<String> all = inspectors();
		String path = "/api/v1/inspections/visits/targeted";

		send(OFFICER, post(path), input(subject, item, "ROUTINE", all.subList(0, 2)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("inspection.targeted-trigger"));
		send(OFFICER, post(path), input(subject, marketItem, "COMPLAINT", all.subList(0, 2)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("inspection.targeted-item"));
		send(OFFICER, post(path), input(subject, item, "COMPLAINT", all.subList(0, 1)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("inspection.targeted-inspectors"));
		send(OFFICER, post(path), input(subject, item, "COMPLAINT", List.of(all.get(0), "NOT-A-CERTIFICATE")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("NOT-A-CERTIFICATE")));
		Map<String, Object> past = input(subject, item, "COMPLAINT", all.subList(0, 2));
		past.put("windowFrom", today.minusDays(20).toString());
		past.put("windowUntil", today.minusDays(10).toString());
		send(OFFICER, post(path), past).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("inspection.targeted-window-past"));
		Map<String, Object> reversed = input(subject, item, "COMPLAINT", all.subList(0, 2));
		reversed.put("windowUntil", today.minusDays(1).toString());
		send(OFFICER, post(path), reversed).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("inspection.window-invalid"));
		Map<String, Object> noReason = input(subject, item, "COMPLAINT", all.subList(0, 2));
		noReason.remove("reason");
		send(OFFICER, post(path), noReason).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		Map<String, Object> badTrigger = input(subject, item, "RUMOUR", all.subList(0, 2));
		send(OFFICER, post(path), badTrigger).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		send("grm.officer1", post(path), input(subject, item, "COMPLAINT", all.subList(0, 2)))
			.andExpect(status().isNotFound());
		mvc.perform(get(path + "/{id}", Long.MAX_VALUE).with(as(HEAD))).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("inspection.targeted-unknown"));

		// exempt (免检): a licence verification is kept away, a complaint passes
		ScopedPrincipal officer = (ScopedPrincipal) users.loadUserByUsername(OFFICER);
		actingAs(OFFICER, () -> quiet.add(subject, new QuietInputs.Entry(QuietKind.EXEMPT, today, today.plusDays(60),
				"信用 A 类免检（测试）", "德令哈市市场监督管理局"), officer));
		send(OFFICER, post(path), input(subject, item, "LICENCE_VERIFICATION", all.subList(0, 2)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("inspection.targeted-quiet"))
			.andExpect(jsonPath("$.reasons[0].code").value("quiet-entry"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("quiet-entry")));
		send(OFFICER, post(path), input(subject, item, "COMPLAINT", all.subList(0, 2)))
			.andExpect(status().isCreated());
		assertThat(visits(subject)).isZero();
	}

	private long request(Map<String, Object> input) throws Exception {
		return read(send(OFFICER, post("/api/v1/inspections/visits/targeted"), input).andExpect(status().isCreated()))
			.get("id").asLong();
	}

	@Test
	void onlyTheDepartmentsOwnBodyAsksForApprovesOrRefusesItsTargetedInspections() throws Exception {
		long subject = subject();
		long market = organizations.findByCode("632802-scjg").orElseThrow().id().value();
		long marketItem = item("dlh.market", market);
		List<String> two = inspectors().subList(0, 2);
		String path = "/api/v1/inspections/visits/targeted";

		Map<String, Object> inMarketsName = input(subject, marketItem, "COMPLAINT", two);
		inMarketsName.put("departmentId", market);
		send(OFFICER, post(path), inMarketsName).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("inspection.targeted-department"));

		// a request of the market department (as its staff would have asked) is not the bureau head's to decide
		long marketRequest = jdbc.sql("""
				insert into inspection_targeted (subject_id, subject_code, division_code, department_id, item_ids, trigger,
				  reason, window_from, window_until, on_site, inspectors, state, requested_by, requested_at)
				select id, code, division_code, ?, ?, 'COMPLAINT', '投诉（测试）', ?, ?, true, ?, 'REQUESTED', 1, now()
				from market_subject where id = ? returning id""")
			.params(market, new Long[] { marketItem }, today, today.plusDays(10), two.toArray(String[]::new), subject)
			.query(Long.class)
			.single();
		mvc.perform(post(path + "/{id}/approve", marketRequest).with(as(HEAD)).with(csrf()))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("inspection.targeted-department"));
		send(HEAD, post(path + "/{id}/refuse", marketRequest), Map.of("reason", "不是本局的申请"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("inspection.targeted-department"));
		assertThat(jdbc.sql("select state from inspection_targeted where id = ?").param(marketRequest)
			.query(String.class).single()).isEqualTo("REQUESTED");
	}

	@Test
	void aWindowSpanningTwoYearsIsRefusedAndSoIsApprovingOnceTheWindowIsOver() throws Exception {
		long subject = subject();
		long item = item(OFFICER, bureau());
		List<String> two = inspectors().subList(0, 2);
		Map<String, Object> twoYears = input(subject, item, "COMPLAINT", two);
		twoYears.put("windowUntil", LocalDate.of(today.getYear() + 1, 1, 5).toString());
		send(OFFICER, post("/api/v1/inspections/visits/targeted"), twoYears).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("inspection.targeted-window-year"));

		long id = request(input(subject, item, "COMPLAINT", two));
		jdbc.sql("update inspection_targeted set window_from = ?, window_until = ? where id = ?")
			.params(today.minusDays(10), today.minusDays(1), id)
			.update();
		mvc.perform(post("/api/v1/inspections/visits/targeted/{id}/approve", id).with(as(HEAD)).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("inspection.targeted-window-past"));
		assertThat(visits(subject)).isZero();
	}

	@Test
	void theVisitsOfATriggerTheCapExemptsAreNotCountedTowardsIt() throws Exception {
		int next = today.getYear() + 3;
		long subject = subject();
		long item = item(OFFICER, bureau());
		List<String> two = inspectors().subList(0, 2);
		SystemActor.call(() -> quiet.setCap(new QuietInputs.Cap(InspectionCap.Scope.BODY, "632802-zhzf", next, 1,
				InspectionCap.OnReach.BLOCK, Set.of(InspectionTrigger.COMPLAINT), "个案检查测试上限"),
				(ScopedPrincipal) users.loadUserByUsername("admin")));
		Map<String, Object> complaint = input(subject, item, "COMPLAINT", two);
		complaint.put("windowFrom", LocalDate.of(next, 1, 2).toString());
		complaint.put("windowUntil", LocalDate.of(next, 1, 20).toString());
		long asked = request(complaint);
		mvc.perform(post("/api/v1/inspections/visits/targeted/{id}/approve", asked).with(as(HEAD)).with(csrf()))
			.andExpect(status().isOk());
		assertThat(visits(subject)).isOne();

		// the complaint's visit is exempt from the cap of one, so a referral is still allowed
		Map<String, Object> referral = input(subject, item, "REFERRAL", two);
		referral.put("windowFrom", LocalDate.of(next, 2, 2).toString());
		referral.put("windowUntil", LocalDate.of(next, 2, 20).toString());
		long second = request(referral);
		mvc.perform(post("/api/v1/inspections/visits/targeted/{id}/approve", second).with(as(HEAD)).with(csrf()))
			.andExpect(status().isOk());
		// and once the referral is made, the cap of one is reached for another referral
		Map<String, Object> third = input(subject, item, "REFERRAL", two);
		third.put("windowFrom", LocalDate.of(next, 3, 2).toString());
		third.put("windowUntil", LocalDate.of(next, 3, 20).toString());
		send(OFFICER, post("/api/v1/inspections/visits/targeted"), third).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("inspection.targeted-quiet"));
	}
}
