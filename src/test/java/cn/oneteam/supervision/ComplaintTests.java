package cn.oneteam.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import cn.oneteam.IntegrationTest;
import cn.oneteam.audit.FullProcessRecord;
import cn.oneteam.audit.RecordEntry;
import cn.oneteam.identity.Accounts;
import cn.oneteam.identity.Accounts.NewAccount;
import cn.oneteam.identity.Role;
import cn.oneteam.identity.SystemActor;
import cn.oneteam.organization.NewOrganization;
import cn.oneteam.organization.OrganizationKind;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.JurisdictionScope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Complaints about enforcement (docs/adr/0033-enforcement-complaints.md): the periods on the official calendar, a late
 * acceptance flagged overdue, one extension only, steps out of order refused, the supervising body's jurisdiction,
 * the public follow-up without the complainant, the rate limit, 12345 idempotency and localised problems.
 */
class ComplaintTests extends IntegrationTest {

	private static final String SUPERVISOR = "hx.supervisor";

	private static final String HOTLINE_TOKEN = "ot_demo_hx_hotline_token_for_local_use_only";

	private static final String NAME = "欧阳明华";

	private static final String PHONE = "13912345678";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ComplaintPeriods periods;

	@Autowired
	private Organizations organizations;

	@Autowired
	private Accounts accounts;

	@Autowired
	private FullProcessRecord record;

	/** Every public request comes from an address of its own test, so that the buckets of other tests never count. */
	private final String address = "10." + ThreadLocalRandom.current().nextInt(150, 200) + "."
			+ ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(1, 255);

	private MockHttpServletRequestBuilder from(String client, MockHttpServletRequestBuilder request) {
		return request.with(r -> {
			r.setRemoteAddr(client);
			return r;
		});
	}

	private static String fresh() {
		return "10.252." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(1, 255);
	}

	private long delinghaBureau() {
		return organizations.findByCode("632802-zhzf").orElseThrow().id().value();
	}

	private Map<String, Object> complaint(String facts) {
		Map<String, Object> c = new HashMap<>();
		c.put("name", NAME);
		c.put("phone", PHONE);
		c.put("bodyId", delinghaBureau());
		c.put("facts", facts);
		return c;
	}

	private ResultActions submit(String client, Map<String, Object> complaint) throws Exception {
		return mvc.perform(from(client, post("/api/v1/public/supervision/complaints"))
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(complaint)));
	}

	/** A complaint received from the public form: its id. */
	private long received(String facts) throws Exception {
		String tracking = body(submit(address, complaint(facts)).andExpect(status().isCreated()))
			.get("trackingNumber").asString();
		return jdbc.sql("select id from supervision_complaint where tracking_number = ?").param(tracking)
			.query(Long.class).single();
	}

	private ResultActions step(long id, String step, Map<String, Object> body) throws Exception {
		return mvc.perform(post("/api/v1/supervision/complaints/{id}/" + step, id).with(as(SUPERVISOR)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
	}

	@Test
	void thePeriodsRunOnTheOfficialCalendarAroundNationalDay() {
		// received on the eve of the 2026 National Day holiday (1–7 October; Saturday 10 October is worked):
		// 8, 9, 10, 12, 13, 14, 15, 16, 19, 20 October are the ten working days
		assertThat(periods.acceptDue(LocalDate.of(2026, 9, 30))).isEqualTo(LocalDate.of(2026, 10, 20));
		// a Friday before an ordinary weekend: two weeks of working days
		assertThat(periods.acceptDue(LocalDate.of(2026, 11, 6))).isEqualTo(LocalDate.of(2026, 11, 20));
		// accepted 5 September: 30 days end on 5 October, a holiday, moved to the first working day after it
		assertThat(periods.concludeDue(LocalDate.of(2026, 9, 5))).isEqualTo(LocalDate.of(2026, 10, 8));
		// extended by 20 days: 50 days end on Sunday 25 October, moved to Monday
		assertThat(periods.extendedDue(LocalDate.of(2026, 9, 5))).isEqualTo(LocalDate.of(2026, 10, 26));
		// an ordinary period ending on a working day stays there
		assertThat(periods.concludeDue(LocalDate.of(2026, 11, 2))).isEqualTo(LocalDate.of(2026, 12, 2));
	}

	@Test
	void anAcceptanceAfterTenWorkingDaysIsFlaggedOverdueAndCountedAgainstTheBody() throws Exception {
		long id = received("执法人员态度粗暴（超期受理测试）");
		JsonNode fresh = body(mvc.perform(get("/api/v1/supervision/complaints/{id}", id).with(as(SUPERVISOR)))
			.andExpect(status().isOk()));
		assertThat(fresh.get("overdue").asBoolean()).isFalse();
		assertThat(LocalDate.parse(fresh.get("acceptDue").asString()))
			.isEqualTo(periods.acceptDue(LocalDate.parse(fresh.get("receivedOn").asString())));
		int year = LocalDate.parse(fresh.get("receivedOn").asString()).getYear();
		int overdueBefore = overdue(year);

		// received long ago: its acceptance period has run out
		jdbc.sql("update supervision_complaint set received_on = received_on - 30, accept_due = accept_due - 30"
				+ " where id = ?").param(id).update();
		JsonNode accepted = body(step(id, "accept", Map.of()).andExpect(status().isOk()));
		assertThat(accepted.get("state").asString()).isEqualTo("ACCEPTED");
		assertThat(accepted.get("overdue").asBoolean()).isTrue();
		assertThat(LocalDate.parse(accepted.get("concludeDue").asString()))
			.isEqualTo(periods.concludeDue(LocalDate.parse(accepted.get("acceptedOn").asString())));
		List<RecordEntry> entries = record.entries(ComplaintRecorded.SUBJECT, id);
		assertThat(entries).extracting(RecordEntry::action).containsExactly("received", "accepted");
		assertThat(entries.get(1).payload()).contains("\"late\":true");
		assertThat(entries.get(0).payload()).doesNotContain(NAME).doesNotContain(PHONE);
		// counted against the body (the shifted receipt stays in the same year unless it is January)
		if (LocalDate.now().getDayOfYear() > 40) {
			assertThat(overdue(year)).isEqualTo(overdueBefore + 1);
		}
	}

	private int overdue(int year) throws Exception {
		JsonNode figures = body(mvc.perform(get("/api/v1/supervision/complaints/figures").param("year", "" + year)
			.with(as(SUPERVISOR))).andExpect(status().isOk()));
		for (JsonNode f : figures) {
			if (f.get("bodyId").asLong() == delinghaBureau()) {
				return f.get("handledLate").asInt();
			}
		}
		return 0;
	}

	@Test
	void anExtensionAfterThePeriodRanOutIsRefusedAndTheBreachStays() throws Exception {
		long id = received("逾期后申请延长（测试）");
		step(id, "accept", Map.of()).andExpect(status().isOk());
		// the period to conclude ended yesterday
		jdbc.sql("update supervision_complaint set conclude_due = cast(? as date) where id = ?")
			.params(java.sql.Date.valueOf(LocalDate.now(cn.oneteam.shared.ChinaTime.ZONE).minusDays(1)), id).update();
		step(id, "extend", Map.of("reason", "需要调取录像")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("supervision.complaint-extension-late"));
		JsonNode still = body(mvc.perform(get("/api/v1/supervision/complaints/{id}", id).with(as(SUPERVISOR)))
			.andExpect(status().isOk()));
		assertThat(still.get("extended").asBoolean()).isFalse();
		assertThat(still.get("overdue").asBoolean()).isTrue();
		// ending today, it may still be extended
		jdbc.sql("update supervision_complaint set conclude_due = cast(? as date) where id = ?")
			.params(java.sql.Date.valueOf(LocalDate.now(cn.oneteam.shared.ChinaTime.ZONE)), id).update();
		step(id, "extend", Map.of("reason", "需要调取录像")).andExpect(status().isOk());
	}

	@Test
	void stepsOutOfOrderAreRefusedAndTheExtensionIsGivenOnce() throws Exception {
		long id = received("检查时未出示执法证（顺序测试）");
		step(id, "conclude", Map.of("finding", "SUBSTANTIATED", "answer", "已核实")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("supervision.complaint-out-of-order"));
		step(id, "extend", Map.of("reason", "需要调取录像")).andExpect(status().isConflict());
		step(id, "accept", Map.of()).andExpect(status().isOk());
		step(id, "accept", Map.of()).andExpect(status().isConflict());
		step(id, "refuse", Map.of("reason", "不属于受理范围")).andExpect(status().isConflict());
		step(id, "extend", Map.of()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("supervision.complaint-input"));
		JsonNode extended = body(step(id, "extend", Map.of("reason", "需要调取执法记录仪录像")).andExpect(status().isOk()));
		assertThat(extended.get("extended").asBoolean()).isTrue();
		assertThat(LocalDate.parse(extended.get("concludeDue").asString()))
			.isEqualTo(periods.extendedDue(LocalDate.parse(extended.get("acceptedOn").asString())));
		step(id, "extend", Map.of("reason", "再次延长")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("supervision.complaint-extended-once"));
		JsonNode concluded = body(step(id, "conclude",
				Map.of("finding", "PARTLY", "answer", "经核查，执法人员未主动出示执法证，已责令整改。"))
			.andExpect(status().isOk()));
		assertThat(concluded.get("state").asString()).isEqualTo("CONCLUDED");
		step(id, "conclude", Map.of("finding", "PARTLY", "answer", "again")).andExpect(status().isConflict());
		assertThat(record.entries(ComplaintRecorded.SUBJECT, id)).extracting(RecordEntry::action)
			.containsExactly("received", "accepted", "extended", "concluded");
	}

	@Test
	void aSupervisorElsewhereDoesNotSeeTheComplaint() throws Exception {
		long id = received("罚款未开具票据（管辖测试）");
		String username = "xn.supervisor" + ThreadLocalRandom.current().nextInt(1_000_000);
		SystemActor.call(() -> {
			var xining = organizations.register(new NewOrganization("6301-sfj-" + username, "西宁市司法局（测试）",
					OrganizationKind.JUDICIAL_BUREAU, null, DivisionCode.of("6301"), null,
					List.of(DivisionCode.of("6301"))), JurisdictionScope.nationwide());
			return accounts.open(new NewAccount(username, "西宁执法监督员", "Secret-Pass-2026!", xining.id(),
					Set.of(Role.SUPERVISOR)), JurisdictionScope.nationwide());
		});
		mvc.perform(get("/api/v1/supervision/complaints/{id}", id).with(as(username))).andExpect(status().isNotFound());
		step(id, "accept", Map.of()).andExpect(status().isOk()); // as the 海西州司法局, whose jurisdiction covers it
		mvc.perform(post("/api/v1/supervision/complaints/{id}/conclude", id).with(as(username)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"finding\":\"SUBSTANTIATED\",\"answer\":\"x\"}"))
			.andExpect(status().isNotFound());
		JsonNode list = body(mvc.perform(get("/api/v1/supervision/complaints").with(as(username)))
			.andExpect(status().isOk()));
		assertThat(list.findValuesAsString("trackingNumber")).isEmpty();
		// the complained-about bureau's own head is no supervisor
		mvc.perform(get("/api/v1/supervision/complaints/{id}", id).with(as("dlh.head")))
			.andExpect(status().isForbidden());
	}

	@Test
	void thePublicFollowUpNeverShowsTheComplainantAndStaffSeeThemMasked() throws Exception {
		long id = received("执法车辆违规停放（隐私测试）");
		String tracking = jdbc.sql("select tracking_number from supervision_complaint where id = ?").param(id)
			.query(String.class).single();
		assertThat(tracking).matches("TS\\d{8}-[2-9A-Z]{16}");
		String api = mvc.perform(from(address, get("/api/v1/public/supervision/complaints/{t}", tracking)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.state").value("RECEIVED"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String page = mvc.perform(from(address, get("/public/supervision/complaints/{t}", tracking)))
			.andExpect(status().isOk()).andExpect(content().string(containsString(tracking)))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		for (String shown : List.of(api, page)) {
			assertThat(shown).doesNotContain(NAME).doesNotContain("欧阳").doesNotContain(PHONE)
				.doesNotContain("5678").doesNotContain("隐私测试");
		}
		String staff = mvc.perform(get("/supervision/complaints").with(as(SUPERVISOR))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(staff).contains(tracking).contains("隐私测试").doesNotContain(NAME).doesNotContain(PHONE);
		mvc.perform(from(address, get("/api/v1/public/supervision/complaints/{t}", "TS20260101-AAAAAAAAAAAAAAAA")))
			.andExpect(status().isNotFound());
	}

	@Test
	void thePublicFormAnswersWithTheFollowUpPage() throws Exception {
		mvc.perform(get("/public/supervision/complaints").param("lang", "en")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Complain about enforcement")))
			.andExpect(content().string(not(containsString("<script>"))));
		mvc.perform(from(address, post("/public/supervision/complaints")).with(csrf())
			.param("name", NAME).param("phone", PHONE).param("bodyId", "" + delinghaBureau())
			.param("facts", "执法人员索要财物（表单测试）"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/public/supervision/complaints/TS*"));
		mvc.perform(from(address, post("/public/supervision/complaints")).with(csrf())
			.param("name", NAME).param("phone", PHONE).param("bodyId", "" + delinghaBureau()))
			.andExpect(status().isBadRequest()).andExpect(content().string(containsString("“facts”未填写、过长或格式不对")));
	}

	@Test
	void publicComplaintsAreRateLimitedPerAddress() throws Exception {
		String client = "10.251." + ThreadLocalRandom.current().nextInt(256) + "."
				+ ThreadLocalRandom.current().nextInt(1, 255);
		for (int i = 0; i < 5; i++) {
			submit(client, complaint("限流测试 " + i)).andExpect(status().isCreated());
		}
		submit(client, complaint("限流测试 5")).andExpect(status().isTooManyRequests())
			.andExpect(jsonPath("$.code").value("supervision.complaint-rate-limited"));
		// another address is not held back
		submit(address, complaint("限流测试 其他地址")).andExpect(status().isCreated());
	}

	@Test
	void the12345OrderIsReceivedOnceAndNeedsTheHotlineAccount() throws Exception {
		String order = "12345-" + ThreadLocalRandom.current().nextInt(1_000_000_000);
		Map<String, Object> body = Map.of("orderNumber", order, "complaint", complaint("12345 转来：执法人员乱罚款"));
		JsonNode first = body(mvc.perform(post("/api/v1/supervision/complaints")
			.header("Authorization", "Bearer " + HOTLINE_TOKEN).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body))).andExpect(status().isCreated()));
		JsonNode again = body(mvc.perform(post("/api/v1/supervision/complaints")
			.header("Authorization", "Bearer " + HOTLINE_TOKEN).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body))).andExpect(status().isOk()));
		assertThat(again.get("trackingNumber").asString()).isEqualTo(first.get("trackingNumber").asString());
		assertThat(again.get("repeated").asBoolean()).isTrue();
		assertThat(jdbc.sql("select count(*) from supervision_complaint where hotline_order = ?").param(order)
			.query(Integer.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select channel from supervision_complaint where hotline_order = ?").param(order)
			.query(String.class).single()).isEqualTo("HOTLINE_12345");
		// the demo's 12345 complaint is there, waiting, beside the one concluded partly substantiated
		assertThat(jdbc.sql("select state from supervision_complaint where hotline_order = '12345-DEMO-COMPLAINT-0001'")
			.query(String.class).single()).isEqualTo("RECEIVED");
		assertThat(jdbc.sql("select count(*) from supervision_complaint where finding = 'PARTLY' and answer like '经核查%'")
			.query(Integer.class).single()).isGreaterThanOrEqualTo(1);
		// an officer is not the hotline
		mvc.perform(post("/api/v1/supervision/complaints").with(as("dlh.officer1")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
			.andExpect(status().isForbidden());
	}

	@Test
	void badInputIsALocalisedProblem() throws Exception {
		Map<String, Object> noFacts = complaint("x");
		noFacts.remove("facts");
		submit(fresh(), noFacts).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("supervision.complaint-input"))
			.andExpect(jsonPath("$.title").value("投诉内容不完整"));
		Map<String, Object> tooLong = complaint("长".repeat(2001));
		mvc.perform(from(fresh(), post("/api/v1/public/supervision/complaints")).header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(tooLong)))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.title").value("Complaint incomplete"));
		Map<String, Object> unknownCertificate = complaint("执法证号不存在");
		unknownCertificate.put("certificate", "NO-SUCH-CERT-0000");
		submit(fresh(), unknownCertificate).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("supervision.complaint-certificate-unknown"));
		Map<String, Object> unknownCase = complaint("案件不存在");
		unknownCase.put("caseReference", "999999999");
		submit(fresh(), unknownCase).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("supervision.complaint-case-unknown"));
		Map<String, Object> unknownCode = complaint("检查码不存在");
		unknownCode.put("inspectionCode", "ZZZZ-ZZZZ");
		submit(fresh(), unknownCode).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("supervision.complaint-inspection-unknown"));
		Map<String, Object> notABody = complaint("不是执法机关");
		notABody.put("bodyId", organizations.findByCode("6328-sfj").orElseThrow().id().value());
		submit(fresh(), notABody).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("supervision.complaint-body-unknown"));
		// a known certificate of the demo is taken
		String certificate = jdbc.sql("select number from certificate order by id limit 1").query(String.class)
			.single();
		Map<String, Object> withCertificate = complaint("执法证号存在");
		withCertificate.put("certificate", certificate);
		submit(fresh(), withCertificate).andExpect(status().isCreated());
		// an inspection by its code, typed in lower case, about one of the visit's departments
		Map<String, Object> visit = jdbc.sql("select code, lead_department_id from inspection_visit order by id limit 1")
			.query().singleRow();
		Map<String, Object> withCode = complaint("检查码存在");
		withCode.put("bodyId", ((Number) visit.get("lead_department_id")).longValue());
		withCode.put("inspectionCode", visit.get("code").toString().toLowerCase());
		String coded = body(submit(fresh(), withCode).andExpect(status().isCreated())).get("trackingNumber").asString();
		assertThat(jdbc.sql("select inspection_code from supervision_complaint where tracking_number = ?").param(coded)
			.query(String.class).single()).isEqualTo(visit.get("code"));
		withCode.put("bodyId", delinghaBureau()); // not the bureau's inspection
		submit(fresh(), withCode).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("supervision.complaint-inspection-unknown"));
		// a case of the bureau by its decision number is linked by its id; another bureau's case is refused
		Map<String, Object> decided = jdbc.sql("select id, decision_number from penalty_case where acting_org_id = ?"
				+ " and decision_number is not null order by id limit 1").param(delinghaBureau()).query().singleRow();
		Map<String, Object> withCase = complaint("决定书文号存在");
		withCase.put("caseReference", decided.get("decision_number"));
		String tracking = body(submit(fresh(), withCase).andExpect(status().isCreated())).get("trackingNumber")
			.asString();
		assertThat(jdbc.sql("select case_id from supervision_complaint where tracking_number = ?").param(tracking)
			.query(Long.class).single()).isEqualTo(((Number) decided.get("id")).longValue());
		Long golmudCase = jdbc.sql("select id from penalty_case where acting_org_id = ? order by id limit 1")
			.param(organizations.findByCode("632801-zhzf").orElseThrow().id().value()).query(Long.class).single();
		Map<String, Object> othersCase = complaint("别的执法局的案件");
		othersCase.put("caseReference", String.valueOf(golmudCase));
		submit(fresh(), othersCase).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("supervision.complaint-case-unknown"));
	}
}
