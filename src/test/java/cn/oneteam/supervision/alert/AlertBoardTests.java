package cn.oneteam.supervision.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import cn.oneteam.IntegrationTest;
import cn.oneteam.identity.Accounts;
import cn.oneteam.identity.Accounts.NewAccount;
import cn.oneteam.identity.Role;
import cn.oneteam.identity.SystemActor;
import cn.oneteam.inspection.code.CodeFixture;
import cn.oneteam.inspection.visit.Visit;
import cn.oneteam.inspection.visit.Visits;
import cn.oneteam.organization.NewOrganization;
import cn.oneteam.organization.OrganizationKind;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.subject.SubjectKind;
import cn.oneteam.subject.Subjects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The alert board (docs/adr/0036-supervisors-alert-board.md): thresholds edited and every change kept, a threshold
 * outside its range refused with nothing changed, inspections without a code at their threshold, actions recorded,
 * and another 司法局's supervisor seeing none of it (404 on the drill-down).
 */
class AlertBoardTests extends IntegrationTest {

	private static final String SUPERVISOR = "hx.supervisor";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Visits visits;

	@Autowired
	private Subjects subjects;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private Organizations organizations;

	@Autowired
	private Accounts accounts;

	private AlertBoardClient board;

	@BeforeEach
	void client() {
		board = new AlertBoardClient(mvc, json, as(SUPERVISOR));
	}

	@AfterEach
	void restore() throws Exception {
		board.restore();
	}

	private long delinghaBureau() {
		return organizations.findByCode("632802-zhzf").orElseThrow().id().value();
	}

	@Test
	void thresholdsAreEditedAndEveryChangeIsKept() throws Exception {
		board.putThreshold("OFFICER_PAIR", "55.5", 12, false).andExpect(status().isOk())
			.andExpect(jsonPath("$.threshold").value(55.5))
			.andExpect(jsonPath("$.minSample").value(12))
			.andExpect(jsonPath("$.enabled").value(false));
		JsonNode change = board.body(mvc.perform(get("/api/v1/supervision/alerts/thresholds/changes").with(as(SUPERVISOR))))
			.get(0);
		assertThat(change.get("code").asString()).isEqualTo("OFFICER_PAIR");
		assertThat(change.get("thresholdAfter").decimalValue()).isEqualByComparingTo("55.5");
		assertThat(change.get("minSampleAfter").asInt()).isEqualTo(12);
		assertThat(change.get("enabledBefore").asBoolean()).isTrue();
		assertThat(change.get("enabledAfter").asBoolean()).isFalse();
		assertThat(change.get("changedBy").asLong()).isEqualTo(accounts.idOf(SUPERVISOR).orElseThrow());
		// a disabled pattern raises nothing, whatever the figures
		JsonNode alerts = board.body(mvc.perform(get("/api/v1/supervision/alerts").with(as(SUPERVISOR)))).get("alerts");
		assertThat(alerts.valueStream().map(a -> a.get("pattern").asString())).doesNotContain("OFFICER_PAIR");
	}

	@Test
	void aThresholdOutsideItsRangeIsRefusedAndNothingChanges() throws Exception {
		int changes = changes();
		board.putThreshold("FINE_AT_MAXIMUM", "100.5", 10, true).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("supervision.alert-threshold-range"));
		board.putThreshold("REPEATED_RETURNS", "2.5", 0, true).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("supervision.alert-threshold-range"));
		board.putThreshold("LATE_FILING_OR_ARCHIVING", "0", 0, true).andExpect(status().isBadRequest());
		board.putThreshold("OFFICER_PAIR", "50", -1, true).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("supervision.alert-sample-range"));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.put("/api/v1/supervision/alerts/thresholds/FINE_AT_MAXIMUM").with(as(SUPERVISOR)).with(csrf())
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON).content("{\"threshold\":150,\"minSample\":1,\"enabled\":true}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("between 1 and 100")));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.put("/api/v1/supervision/alerts/thresholds/FINE_AT_MAXIMUM").with(as(SUPERVISOR)).with(csrf())
			.header("Accept-Language", "zh-CN")
			.contentType(MediaType.APPLICATION_JSON).content("{\"threshold\":150,\"minSample\":1,\"enabled\":true}"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("1 至 100")));
		assertThat(changes()).isEqualTo(changes);
		assertThat(board.body(mvc.perform(get("/api/v1/supervision/alerts/thresholds").with(as(SUPERVISOR))))
			.valueStream().filter(t -> t.get("code").asString().equals("FINE_AT_MAXIMUM")).findFirst().orElseThrow()
			.get("threshold").decimalValue()).isEqualByComparingTo("30");
		// an officer may not touch them
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.put("/api/v1/supervision/alerts/thresholds/FINE_AT_MAXIMUM").with(as("dlh.officer1")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"threshold\":40,\"minSample\":1,\"enabled\":true}"))
			.andExpect(status().isForbidden());
	}

	private int changes() {
		return jdbc.sql("select count(*) from supervision_alert_threshold_change").query(Integer.class).single();
	}

	@Test
	void inspectionsWithoutACodeAlertAtTheirThreshold() throws Exception {
		CodeFixture fixture = new CodeFixture(mvc, json, jdbc, visits, subjects, users);
		long bureau = fixture.bureau();
		int before = board.records("UNCODED_INSPECTION", bureau).size();
		board.threshold("UNCODED_INSPECTION", String.valueOf(before + 1), 0);
		assertThat(board.alert("UNCODED_INSPECTION", bureau)).isEmpty(); // just below

		Visit uncoded = fixture.visit(fixture.subject(SubjectKind.LEGAL_PERSON, "（测试）预警无码检查有限公司"),
				List.of(fixture.item("预警无码检查")));
		fixture.recorded(uncoded.id(), false);
		JsonNode alert = board.alert("UNCODED_INSPECTION", bureau).orElseThrow(); // at the threshold
		assertThat(alert.get("figure").asInt()).isEqualTo(before + 1);
		assertThat(alert.get("threshold").asInt()).isEqualTo(before + 1);
		JsonNode drill = board.drillDown("UNCODED_INSPECTION", bureau);
		assertThat(drill.get("records").valueStream().filter(r -> r.get("id").asLong() == uncoded.id()))
			.singleElement()
			.satisfies(r -> assertThat(r.get("href").asString()).isEqualTo("/inspections/visits/" + uncoded.id()));
	}

	@Test
	void anActionIsRecordedAndTheRectificationLinkCarriesTheAlert() throws Exception {
		long bureau = delinghaBureau();
		mvc.perform(post("/api/v1/supervision/alerts/actions").with(as(SUPERVISOR)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"pattern\":\"OVERDUE_CASE_PERIOD\",\"bodyId\":" + bureau + ",\"kind\":\"ASK\","
					+ "\"text\":\"请说明逾期原因（预警测试）\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("ASK"));
		mvc.perform(post("/api/v1/supervision/alerts/actions").with(as(SUPERVISOR)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"pattern\":\"OVERDUE_CASE_PERIOD\",\"bodyId\":" + bureau + ",\"kind\":\"NOTE\",\"text\":\" \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("supervision.alert-input"));
		JsonNode drill = board.drillDown("OVERDUE_CASE_PERIOD", bureau);
		assertThat(drill.get("actions").valueStream().map(a -> a.get("text").asString()))
			.containsExactly("请说明逾期原因（预警测试）");
		assertThat(drill.get("rectification").asString()).isEqualTo(
				"/supervision/rectifications/new?body=" + bureau + "&source=ALERT&ref=OVERDUE_CASE_PERIOD:" + bureau);
		// the pages: the hub leads to the board, the board to the drill-down
		mvc.perform(get("/supervision").with(as(SUPERVISOR)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"hub-alerts\"")));
		mvc.perform(get("/supervision/alerts").with(as(SUPERVISOR))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(
					"/supervision/alerts/OVERDUE_CASE_PERIOD/" + bureau)));
		mvc.perform(get("/supervision/alerts/OVERDUE_CASE_PERIOD/" + bureau).with(as(SUPERVISOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("请说明逾期原因（预警测试）")));
		mvc.perform(get("/supervision/alerts/thresholds").with(as(SUPERVISOR))).andExpect(status().isOk());
	}

	@Test
	void aSupervisorOfAnother司法局SeesNoneOfIt() throws Exception {
		long bureau = delinghaBureau();
		assertThat(board.alert("OVERDUE_CASE_PERIOD", bureau)).isPresent(); // the demo's overdue investigation
		String username = "xn.alerts" + ThreadLocalRandom.current().nextInt(1_000_000);
		SystemActor.call(() -> {
			var xining = organizations.register(new NewOrganization("6301-sfj-" + username, "西宁市司法局（预警测试）",
					OrganizationKind.JUDICIAL_BUREAU, null, DivisionCode.of("6301"), null,
					List.of(DivisionCode.of("6301"))), JurisdictionScope.nationwide());
			return accounts.open(new NewAccount(username, "西宁执法监督员", "Secret-Pass-2026!", xining.id(),
					Set.of(Role.SUPERVISOR)), JurisdictionScope.nationwide());
		});
		JsonNode elsewhere = board.body(mvc.perform(get("/api/v1/supervision/alerts").with(as(username)))
			.andExpect(status().isOk()));
		assertThat(elsewhere.get("alerts").valueStream().map(a -> a.get("bodyId").asLong())).doesNotContain(bureau);
		mvc.perform(get("/api/v1/supervision/alerts/OVERDUE_CASE_PERIOD/" + bureau).with(as(username)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("supervision.alert-body-unknown"));
		mvc.perform(post("/api/v1/supervision/alerts/actions").with(as(username)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"pattern\":\"OVERDUE_CASE_PERIOD\",\"bodyId\":" + bureau + ",\"kind\":\"NOTE\",\"text\":\"x\"}"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/supervision/alerts").with(as("dlh.officer1"))).andExpect(status().isForbidden());
	}

	/** A supervisor of another 司法局 (西宁) with its own account, for tests of what is per organisation. */
	private String otherSupervisor(String prefix) {
		String username = prefix + ThreadLocalRandom.current().nextInt(1_000_000);
		SystemActor.call(() -> {
			var xining = organizations.register(new NewOrganization("6301-sfj-" + username, "西宁市司法局（预警测试）",
					OrganizationKind.JUDICIAL_BUREAU, null, DivisionCode.of("6301"), null,
					List.of(DivisionCode.of("6301"))), JurisdictionScope.nationwide());
			return accounts.open(new NewAccount(username, "西宁执法监督员", "Secret-Pass-2026!", xining.id(),
					Set.of(Role.SUPERVISOR)), JurisdictionScope.nationwide());
		});
		return username;
	}

	private JsonNode thresholdOf(String user, String code) throws Exception {
		return board.body(mvc.perform(get("/api/v1/supervision/alerts/thresholds").with(as(user)))
			.andExpect(status().isOk()))
			.valueStream().filter(t -> t.get("code").asString().equals(code)).findFirst().orElseThrow();
	}

	@Test
	void thresholdsArePerSupervisingOrganisationTheShippedOnesTheDefault() throws Exception {
		String other = otherSupervisor("xn.thresholds");
		assertThat(thresholdOf(other, "FINE_AT_MAXIMUM").get("threshold").decimalValue()).isEqualByComparingTo("30");
		board.threshold("FINE_AT_MAXIMUM", "45.25", 3);
		assertThat(thresholdOf(SUPERVISOR, "FINE_AT_MAXIMUM").get("threshold").decimalValue())
			.isEqualByComparingTo("45.25");
		// the other 司法局 still has the default, and sees none of hx's changes
		JsonNode theirs = thresholdOf(other, "FINE_AT_MAXIMUM");
		assertThat(theirs.get("threshold").decimalValue()).isEqualByComparingTo("30");
		assertThat(theirs.get("minSample").asInt()).isEqualTo(10);
		assertThat(board.body(mvc.perform(get("/api/v1/supervision/alerts/thresholds/changes").with(as(other))))
			.valueStream().map(c -> c.get("thresholdAfter").decimalValue().toPlainString())).doesNotContain("45.25");
		assertThat(board.body(mvc.perform(get("/api/v1/supervision/alerts/thresholds/changes").with(as(SUPERVISOR))))
			.get(0).get("thresholdAfter").decimalValue()).isEqualByComparingTo("45.25");
		// its own edit is its own
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.put("/api/v1/supervision/alerts/thresholds/FINE_AT_MAXIMUM").with(as(other)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"threshold\":70,\"minSample\":1,\"enabled\":true}"))
			.andExpect(status().isOk());
		assertThat(thresholdOf(other, "FINE_AT_MAXIMUM").get("threshold").decimalValue()).isEqualByComparingTo("70");
		assertThat(thresholdOf(SUPERVISOR, "FINE_AT_MAXIMUM").get("threshold").decimalValue())
			.isEqualByComparingTo("45.25");
		assertThat(jdbc.sql("select threshold from supervision_alert_threshold where code = 'FINE_AT_MAXIMUM' "
				+ "and organization_id is null").query(java.math.BigDecimal.class).single()).isEqualByComparingTo("30");
	}

	/**
	 * A question (ASK) reaches the body asked: its staff read it and answer it once; the answer shows on the
	 * supervisor's drill-down; another body's staff know nothing of it.
	 */
	@Test
	void aQuestionReachesTheBodyWhoseStaffAnswerItOnce() throws Exception {
		long bureau = delinghaBureau();
		String text = "请说明顶格处罚的理由（询问测试" + ThreadLocalRandom.current().nextInt(1_000_000) + "）";
		long id = board.body(mvc.perform(post("/api/v1/supervision/alerts/actions").with(as(SUPERVISOR)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"pattern\":\"EVIDENCE_AFTER_DECISION\",\"bodyId\":" + bureau + ",\"kind\":\"ASK\",\"text\":\""
					+ text + "\"}"))
			.andExpect(status().isCreated())).get("id").asLong();
		JsonNode mine = board.body(mvc.perform(get("/api/v1/supervision/questions").with(as("dlh.officer1")))
			.andExpect(status().isOk()));
		assertThat(mine.valueStream().filter(q -> q.get("id").asLong() == id)).singleElement()
			.satisfies(q -> assertThat(q.get("text").asString()).isEqualTo(text))
			.satisfies(q -> assertThat(q.get("answer").isNull()).isTrue());
		// another body's staff: not theirs to read nor answer
		assertThat(board.body(mvc.perform(get("/api/v1/supervision/questions").with(as("grm.officer1")))
			.andExpect(status().isOk())).valueStream().map(q -> q.get("id").asLong())).doesNotContain(id);
		answer("grm.officer1", id, "不是我们的").andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("supervision.question-unknown"));
		answer("dlh.officer1", id, " ").andExpect(status().isBadRequest());
		mvc.perform(get("/supervision/questions").with(as("dlh.officer1"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(text)));

		answer("dlh.head", id, "系补拍代履行现场照片，已归档").andExpect(status().isOk())
			.andExpect(jsonPath("$.answer").value("系补拍代履行现场照片，已归档"))
			.andExpect(jsonPath("$.answeredBy").value(accounts.idOf("dlh.head").orElseThrow()));
		answer("dlh.officer1", id, "再答一次").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("supervision.question-answered"));
		JsonNode drill = board.drillDown("EVIDENCE_AFTER_DECISION", bureau);
		assertThat(drill.get("actions").valueStream().filter(a -> a.get("id").asLong() == id)).singleElement()
			.satisfies(a -> assertThat(a.get("answer").asString()).isEqualTo("系补拍代履行现场照片，已归档"));
		mvc.perform(get("/supervision/alerts/EVIDENCE_AFTER_DECISION/" + bureau).with(as(SUPERVISOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("系补拍代履行现场照片，已归档")));
		// the supervisor answers nothing; the workbench leads the staff to the page
		mvc.perform(get("/api/v1/supervision/questions").with(as(SUPERVISOR))).andExpect(status().isForbidden());
		mvc.perform(get("/").with(as("dlh.officer1")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"workbench-questions\"")));
	}

	private org.springframework.test.web.servlet.ResultActions answer(String user, long id, String text) throws Exception {
		return mvc.perform(post("/api/v1/supervision/questions/{id}/answer", id).with(as(user)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(java.util.Map.of("text", text))));
	}
}
