package cn.oneteam.casehandling;

import cn.oneteam.casehandling.procedure.Clocks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import cn.oneteam.audit.FullProcessRecord;
import cn.oneteam.calendar.CalendarManagement;
import cn.oneteam.identity.Accounts;
import cn.oneteam.identity.Role;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.RecordedFact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The statutory rule checks (docs/legal/README.md) as the engine applies them to real cases, at their boundaries: limitation, hearing scope and periods,
 * no heavier penalty after an answer, legal review and collective discussion, the decision period, approval chains,
 * jurisdiction and township empowerment, the alert scan, and provisional deadlines recomputed when a year is loaded.
 */
class ProcedureRulesTests extends CaseApiTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clocks clocks;

	@Autowired
	CaseWork work;

	@Autowired
	CalendarManagement calendars;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	FullProcessRecord record;

	@Autowired
	Accounts accounts;

	@Autowired
	Organizations organizations;

	private String fileBody(String actOn, boolean harm) {
		return """
				{"filedOn":"2026-06-02","actOn":"%s","lifeHealthOrFinanceWithHarm":%s,"officers":%s}"""
			.formatted(actOn, harm, pair());
	}

	/** 处罚法 §36: discovered on 1 June 2026; two years (five with harm to life, health or finance) back, inclusive. */
	@ParameterizedTest
	@CsvSource({ "2024-06-01, false, 200", "2024-05-31, false, 422", "2021-06-01, true, 200", "2021-05-31, true, 422" })
	void limitationPeriodAtFiling(String actOn, boolean harm, int status) throws Exception {
		long id = clue("ORGANISATION", "时效测试" + actOn + harm, "2026-06-01");
		var result = perform("dlh.officer1", id, "file", fileBody(actOn, harm)).andExpect(status().is(status));
		if (status == 422) {
			result.andExpect(jsonPath("$.reasons[0]").value("case.limitation-expired"));
			assertThat(detail("dlh.officer1", id).get("pendingApproval").isNull()).isTrue();
		}
		else {
			result.andExpect(jsonPath("$.pendingApproval.action").value("FILE"));
		}
	}

	/** 较大数额 for an organisation defaults to 10,000 yuan (docs/legal/procedure.md#hearing-threshold): at the threshold the hearing right must be notified. */
	@ParameterizedTest
	@CsvSource({ "9999.99, false, 200", "10000, false, 422", "10000, true, 200" })
	void hearingRightInScope(String fine, boolean hearingRight, int status) throws Exception {
		long id = atNotice("ORGANISATION", "听证范围测试" + fine + hearingRight, "2026-06-01", "2026-06-20", fine, ORDINARY);
		var result = perform("dlh.officer1", id, "serve-notice",
				"{\"servedOn\":\"2026-07-06\",\"hearingRightNotified\":%s}".formatted(hearingRight))
			.andExpect(status().is(status));
		if (status == 422) {
			result.andExpect(jsonPath("$.reasons[0]").value("case.hearing-right-not-notified"));
		}
	}

	/** 处罚法 §31: no penalty on a person who could not recognise or control the conduct; capacity is a person's. */
	@ParameterizedTest
	@CsvSource({ "NATURAL_PERSON, FULL, 200, ''", "NATURAL_PERSON, DIMINISHED, 200, ''",
			"NATURAL_PERSON, LOST, 422, case.capacity-lost", "ORGANISATION, DIMINISHED, 422, case.capacity-of-organisation",
			"ORGANISATION, FULL, 200, ''" })
	void mentalCapacityAtTheAct(String party, String capacity, int status, String reason) throws Exception {
		long id = filed(party, "辨认能力测试" + party + capacity, "2026-06-01", "2026-06-02");
		var result = perform("dlh.officer1", id, "submit-report", """
				{"on":"2026-06-10","outcome":"PENALTY","kinds":["FINE"],"fine":1000,"circumstances":[],
				 "partyCapacity":"%s",%s"summary":"事实清楚"}""".formatted(capacity, ORDINARY)).andExpect(status().is(status));
		if (status == 422) {
			result.andExpect(jsonPath("$.reasons[0]").value(reason));
		}
	}

	/** 减轻 (处罚法 §32): with stated grounds below the statutory minimum (500 yuan here), never above the maximum. */
	@ParameterizedTest
	@CsvSource({ "20000, '', 200, ''", "20000.01, 主动消除危害后果, 422, case.fine-outside-statutory-range",
			"499, 主动消除危害后果, 200, ''", "499, '', 422, case.fine-outside-statutory-range", "500, '', 200, ''" })
	void mitigationOnlyBelowTheMinimum(String fine, String grounds, int status, String reason) throws Exception {
		long id = filed("ORGANISATION", "减轻处罚测试" + fine + grounds.length(), "2026-06-01", "2026-06-02");
		String mitigation = grounds.isEmpty() ? "null" : "\"" + grounds + "\"";
		var result = perform("dlh.officer1", id, "submit-report", """
				{"on":"2026-06-10","outcome":"PENALTY","kinds":["FINE"],"fine":%s,"circumstances":[],
				 "mitigationReason":%s,%s"summary":"事实清楚"}""".formatted(fine, mitigation, ORDINARY))
			.andExpect(status().is(status));
		if (status == 422) {
			result.andExpect(jsonPath("$.reasons[0]").value(reason));
		}
		else {
			result.andExpect(jsonPath("$.tier").value("499".equals(fine) ? "MITIGATED" : null));
		}
	}

	/**
	 * A fine set as a multiple (城市道路管理条例 §40: up to 2 % of the 工程造价) needs the base found in the
	 * investigation, and stays within the multiple of it.
	 */
	@ParameterizedTest
	@CsvSource({ "2000, null, 422, case.base-amount-missing", "2000, 100000, 200, ''",
			"2000.01, 100000, 422, case.fine-outside-statutory-range" })
	void fineAsAMultipleOfTheBase(String fine, String base, int status, String reason) throws Exception {
		long id = clue("HX-CG-024", "ORGANISATION", "倍数罚款测试" + fine + base, "2026-06-01");
		act("dlh.officer1", id, "file", fileBody("2026-05-28", false));
		approved(id);
		var result = perform("dlh.officer1", id, "submit-report", """
				{"on":"2026-06-10","outcome":"PENALTY","kinds":["FINE"],"fine":%s,"baseAmount":%s,"circumstances":[],
				 %s"summary":"擅自使用未经验收的城市道路"}""".formatted(fine, base, ORDINARY)).andExpect(status().is(status));
		if (status == 422) {
			result.andExpect(jsonPath("$.reasons[0]").value(reason));
		}
	}

	/** An action out of its place in the procedure is refused with the stages it belongs to, in the caller's language. */
	@Test
	void actionOutOfStage() throws Exception {
		long id = clue("ORGANISATION", "阶段测试", "2026-06-01");
		String decide = "{\"decidedOn\":\"2026-06-02\",\"outcome\":\"PENALTY\",\"kinds\":[\"FINE\"],\"fine\":1000}";
		perform("dlh.officer1", id, "decide", decide).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("case.action-not-allowed-in-stage"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("“线索”阶段")));
		mvc.perform(post("/api/v1/cases/" + id + "/decide").with(as("dlh.officer1")).with(csrf())
			.header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content(decide))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Articles 54 to 65")));
		assertThat(record(id)).anySatisfy(e -> assertThat(e.get("action").asString()).isEqualTo("refused:decide"));
	}

	/** A head raises the 较大数额 for the domain at the body: the same fine then needs no hearing right; reset restores it. */
	@Test
	void hearingThresholdsPerBodyAndDomain() throws Exception {
		long id = atNotice("ORGANISATION", "听证数额配置测试", "2026-06-01", "2026-06-20", "10000", ORDINARY);
		threshold("dlh.officer1", "{\"naturalPerson\":5000,\"organisation\":50000}").andExpect(status().isForbidden());
		threshold("dlh.head", "{\"naturalPerson\":5000,\"organisation\":0.001}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("case.hearing-threshold-invalid"));
		try {
			threshold("dlh.head", "{\"naturalPerson\":5000,\"organisation\":50000}").andExpect(status().isOk())
				.andExpect(jsonPath("$.URBAN_MANAGEMENT.organisation").value(50000))
				.andExpect(jsonPath("$.URBAN_MANAGEMENT.isDefault").value(false));
			act("dlh.officer1", id, "serve-notice", "{\"servedOn\":\"2026-07-06\",\"hearingRightNotified\":false}");
		}
		finally {
			mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.delete("/api/v1/cases/hearing-thresholds/URBAN_MANAGEMENT").with(as("dlh.head")).with(csrf()))
				.andExpect(jsonPath("$.URBAN_MANAGEMENT.isDefault").value(true));
		}
	}

	/**
	 * A hearing asked for on the fifth working day after the notice is in time, on the sixth too late (§64(1)); notified
	 * seven working days ahead (§64(2)), presided by someone who did not investigate (§64(4)); the decision period stands
	 * still from the request to the hearing and its due date moves by those days; afterwards nothing heavier than
	 * notified (§45).
	 */
	@Test
	void hearingMovesTheDecisionPeriodAndCapsThePenalty() throws Exception {
		long late = atNotice("ORGANISATION", "听证逾期测试", "2026-06-01", "2026-06-20", "10000", ORDINARY);
		act("dlh.officer1", late, "serve-notice", "{\"servedOn\":\"2026-07-06\",\"hearingRightNotified\":true}");
		perform("dlh.officer1", late, "request-hearing", "{\"on\":\"2026-07-14\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.reasons[0]").value("case.hearing-request-late"));

		long id = atNotice("ORGANISATION", "听证测试", "2026-06-01", "2026-06-20", "10000", ORDINARY);
		act("dlh.officer1", id, "serve-notice", "{\"servedOn\":\"2026-07-06\",\"hearingRightNotified\":true}");
		work.scan(); // the periods ran out long ago; the paper request dated inside them is still in time
		assertThat(clock(detail(id), "HEARING_REQUEST").get("state").asString()).isEqualTo("LAPSED");
		JsonNode requested = act("dlh.officer1", id, "request-hearing", "{\"on\":\"2026-07-13\"}");
		assertThat(requested.get("stage").asString()).isEqualTo("HEARING");
		assertThat(clock(requested, "HEARING_REQUEST").get("state").asString()).isEqualTo("MET");
		String legal = String.valueOf(person("dlh.legal"));
		perform("dlh.officer1", id, "schedule-hearing",
				"{\"notifiedOn\":\"2026-07-14\",\"hearingOn\":\"2026-07-22\",\"presidingOfficer\":" + legal + "}")
			.andExpect(jsonPath("$.reasons[0]").value("case.hearing-notice-too-short"));
		perform("dlh.officer1", id, "schedule-hearing", "{\"notifiedOn\":\"2026-07-14\",\"hearingOn\":\"2026-07-23\","
				+ "\"presidingOfficer\":" + person("dlh.officer2") + "}")
			.andExpect(jsonPath("$.reasons[0]").value("case.presiding-officer-investigated"));
		act("dlh.officer1", id, "schedule-hearing",
				"{\"notifiedOn\":\"2026-07-14\",\"hearingOn\":\"2026-07-23\",\"presidingOfficer\":" + legal + "}");
		JsonNode heard = act("dlh.officer1", id, "record-hearing",
				"{\"on\":\"2026-07-23\",\"partyAttended\":true,\"summary\":\"当事人到场陈述\"}");
		assertThat(heard.get("stage").asString()).isEqualTo("DECISION_PENDING");
		JsonNode decision = clock(heard, "DECISION");
		// 1 June + 90 days = Sun 30 Aug → Mon 31 Aug; paused 13–23 July (10 days) → 9 September
		assertThat(decision.get("pausedUnits").asInt()).isEqualTo(10);
		assertThat(decision.get("dueOn").asString()).isEqualTo("2026-09-09");
		assertThat(decision.get("moves").get(0).get("reason").asString()).isEqualTo("HEARING");
		assertThat(decision.get("moves").get(0).get("previousDue").asString()).isEqualTo("2026-08-31");

		perform("dlh.officer1", id, "decide",
				"{\"decidedOn\":\"2026-07-24\",\"outcome\":\"PENALTY\",\"kinds\":[\"FINE\"],\"fine\":10000.01}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.reasons[0]").value("case.heavier-than-notified"));
		act("dlh.officer1", id, "decide", "{\"decidedOn\":\"2026-07-24\",\"outcome\":\"PENALTY\",\"kinds\":[\"FINE\"],\"fine\":10000}");
	}

	/** A request waiting for the head blocks other requests, never what the party says meanwhile (处罚法 §45). */
	@Test
	void thePartyIsHeardWhileAnApprovalWaits() throws Exception {
		long id = atNotice("NATURAL_PERSON", "审批期间陈述测试", "2026-06-01", "2026-06-20", "1000", ORDINARY);
		act("dlh.officer1", id, "serve-notice", "{\"servedOn\":\"2026-07-06\",\"hearingRightNotified\":false}");
		act("dlh.officer1", id, "extend-decision", "{\"on\":\"2026-07-07\",\"reason\":\"案情复杂\"}");
		JsonNode heard = act("dlh.officer1", id, "record-statement",
				"{\"on\":\"2026-07-08\",\"statement\":\"已改正\",\"reexamination\":\"经复核，予以采纳\"}");
		assertThat(heard.get("partyResponded").asBoolean()).isTrue();
		assertThat(heard.get("pendingApproval").get("action").asString()).isEqualTo("EXTEND_DECISION");
		perform("dlh.officer1", id, "decide",
				"{\"decidedOn\":\"2026-07-14\",\"outcome\":\"PENALTY\",\"kinds\":[\"FINE\"],\"fine\":1000}")
			.andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("case.approval-pending"));
	}

	/**
	 * No heavier than notified: after an answer by §45, and without one because the notice must cover the decision
	 * (§44, §62; docs/adr/0015-decision-and-prior-notice.md) — a larger fine needs a new notice either way.
	 */
	@ParameterizedTest
	@CsvSource({ "true, 5000.01, 422", "true, 5000, 200", "false, 6000, 422", "false, 5000, 200" })
	void noHeavierPenaltyOnlyAfterAnAnswer(boolean stated, String fine, int status) throws Exception {
		long id = atNotice("NATURAL_PERSON", "陈述申辩测试" + stated + fine, "2026-06-01", "2026-06-20", "5000", ORDINARY);
		act("dlh.officer1", id, "serve-notice", "{\"servedOn\":\"2026-07-06\",\"hearingRightNotified\":true}");
		if (stated) {
			act("dlh.officer1", id, "record-statement",
					"{\"on\":\"2026-07-07\",\"statement\":\"初次违法\",\"reexamination\":\"经复核，不予采纳\"}");
		}
		perform("dlh.officer1", id, "decide",
				"{\"decidedOn\":\"2026-07-14\",\"outcome\":\"PENALTY\",\"kinds\":[\"FINE\"],\"fine\":%s}".formatted(fine))
			.andExpect(status().is(status));
	}

	/** A case of major public interest needs a passed legal review (§58) and the heads' collective discussion (§57). */
	@Test
	void majorCaseNeedsLegalReviewAndCollectiveDiscussion() throws Exception {
		long id = atNotice("ORGANISATION", "重大案件测试", "2026-06-01", "2026-06-20", "8000",
				"\"complexOrMajor\":false,\"majorPublicInterest\":true,\"majorRights\":false,\"multipleRelations\":false,"
						+ "\"reviewRequiredByLaw\":false,");
		JsonNode atNotice = detail("dlh.officer1", id);
		assertThat(atNotice.get("legalReviewRequired").asBoolean()).isTrue();
		assertThat(atNotice.get("legalReviewPassed").asBoolean()).isTrue();
		act("dlh.officer1", id, "serve-notice", "{\"servedOn\":\"2026-07-06\",\"hearingRightNotified\":false}");
		String decide = "{\"decidedOn\":\"2026-07-14\",\"outcome\":\"PENALTY\",\"kinds\":[\"FINE\"],\"fine\":8000}";
		perform("dlh.officer1", id, "decide", decide).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.reasons[0]").value("case.collective-discussion-missing"));
		perform("dlh.officer1", id, "record-collective-discussion",
				"{\"on\":\"2026-07-13\",\"participants\":[\"局长\",\"副局长\"],\"conclusion\":\"同意\"}")
			.andExpect(status().isForbidden()); // an officer does not hold case:approve
		act("dlh.head", id, "record-collective-discussion",
				"{\"on\":\"2026-07-13\",\"participants\":[\"局长\",\"副局长\"],\"conclusion\":\"同意\"}");
		act("dlh.officer1", id, "decide", decide);
	}

	/** 处罚法 §60: filed Mon 2 March; 90 days end Sun 31 May, moved to Mon 1 June — decided that day, not the next. */
	@Test
	void decisionPeriodBoundary() throws Exception {
		long id = atNotice("ORGANISATION", "办案期限测试", "2026-03-02", "2026-05-18", "3000", ORDINARY);
		assertThat(clock(detail("dlh.officer1", id), "DECISION").get("dueOn").asString()).isEqualTo("2026-06-01");
		act("dlh.officer1", id, "serve-notice", "{\"servedOn\":\"2026-05-20\",\"hearingRightNotified\":false}");
		act("dlh.officer1", id, "record-waiver", "{\"on\":\"2026-05-21\",\"how\":\"当事人书面放弃陈述申辩\"}");
		perform("dlh.officer1", id, "decide",
				"{\"decidedOn\":\"2026-06-02\",\"outcome\":\"PENALTY\",\"kinds\":[\"FINE\"],\"fine\":3000}")
			.andExpect(jsonPath("$.reasons[0]").value("case.decision-deadline-passed"));
		act("dlh.officer1", id, "decide", "{\"decidedOn\":\"2026-06-01\",\"outcome\":\"PENALTY\",\"kinds\":[\"FINE\"],\"fine\":3000}");
	}

	/** Approvals: nobody approves their own request or someone else's step; a chain keeps its statutory approver. */
	@Test
	void approvalChains() throws Exception {
		long id = clue("ORGANISATION", "审批链测试", "2026-06-01");
		act("dlh.squad", id, "file", fileBody("2026-05-28", false));
		long request = detail("dlh.squad", id).get("pendingApproval").get("id").asLong();
		approve("dlh.squad", request).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("approval.own-request"));
		approve("dlh.head", request).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("approval.not-your-step"));
		mvc.perform(post("/api/v1/cases/approvals/" + request + "/reject").with(as("dlh.squad")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"text\":\" \"}"))
			.andExpect(status().isForbidden()); // still the requester
		act("dlh.officer1", clue("ORGANISATION", "退回理由测试", "2026-06-01"), "file", fileBody("2026-05-28", false));
		long other = jdbc.sql("select max(id) from approval_request").query(Long.class).single();
		mvc.perform(post("/api/v1/cases/approvals/" + other + "/reject").with(as("dlh.squad")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"text\":\" \"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("approval.reason-required"));

		// a head of another body whose territory covers the case approves nothing of it
		if (!accounts.exists("hx.gov.head")) {
			actingAs("admin", () -> accounts.open(new Accounts.NewAccount("hx.gov.head", "海西州政府负责人（测试）",
					"OneTeam@2026", organizations.findByCode("6328-gov").orElseThrow().id(),
					Set.of(Role.SQUAD_HEAD, Role.BUREAU_HEAD)), JurisdictionScope.nationwide()));
		}
		approve("hx.gov.head", request).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("case.caller-not-of-enforcing-body"));

		chain("dlh.squad", "FILE", "[\"SQUAD_HEAD\",\"BUREAU_HEAD\"]").andExpect(status().isForbidden());
		chain("dlh.head", "FILE", "[\"SQUAD_HEAD\"]").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("approval.chain-skips-statutory-step"));
		chain("dlh.head", "EXTEND_VERIFICATION", "[\"SQUAD_HEAD\",\"BUREAU_HEAD\"]").andExpect(status().isOk())
			.andExpect(jsonPath("$.EXTEND_VERIFICATION[0]").value("SQUAD_HEAD"));
		try {
			long clue = clue("ORGANISATION", "核查延期测试", "2026-06-01");
			act("dlh.officer1", clue, "extend-verification", "{\"on\":\"2026-06-10\",\"reason\":\"需检验鉴定\"}");
			JsonNode extended = approveAll(clue, "dlh.squad", "dlh.head");
			JsonNode verification = clock(extended, "CLUE_VERIFICATION");
			assertThat(verification.get("dueOn").asString()).isEqualTo("2026-07-14"); // 23 June + 15 working days
			assertThat(verification.get("moves").get(0).get("reason").asString()).isEqualTo("EXTENSION");
			perform("dlh.officer1", clue, "extend-verification", "{\"on\":\"2026-06-11\",\"reason\":\"再次延期\"}")
				.andExpect(jsonPath("$.reasons[0]").value("case.extension-used"));
		}
		finally {
			chain("dlh.head", "EXTEND_VERIFICATION", "[\"BUREAU_HEAD\"]").andExpect(status().isOk());
		}
	}

	/** A township officer sees and acts on nothing outside the township; a delegated matter is issued in the delegator's name. */
	@Test
	void jurisdictionAndTownshipEmpowerment() throws Exception {
		long id = clue("ORGANISATION", "管辖测试", "2026-06-01");
		for (String outsider : List.of("gahai.officer", "hexi.dispatch")) {
			mvc.perform(get("/api/v1/cases/" + id + "/procedure").with(as(outsider))).andExpect(status().isForbidden());
		}
		perform("gahai.officer", id, "file", fileBody("2026-05-28", false)).andExpect(status().isForbidden());
		long onTheSpot = jdbc.sql("select min(id) from penalty_case where procedure = 'SIMPLE'").query(Long.class).single();
		mvc.perform(get("/api/v1/cases/" + onTheSpot + "/procedure").with(as("dlh.officer1")))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("case.simple-procedure"));
		mvc.perform(get("/api/v1/cases/" + Long.MAX_VALUE + "/procedure").with(as("dlh.officer1")))
			.andExpect(status().isNotFound());
		assertThat(detail(id).get("pendingApproval").isNull()).isTrue();
		assertThat(body(mvc.perform(get("/api/v1/cases/worklist").with(as("gahai.officer")))).toString())
			.doesNotContain("管辖测试");
		String delegated = jdbc.sql("""
				select m.code from empowerment e join matter m on m.id = e.matter_id
				where e.township_code = '632802100' and e.mode = 'DELEGATED' order by m.code limit 1""")
			.query(String.class)
			.single();
		JsonNode township = body(mvc.perform(post("/api/v1/cases/clues").with(as("gahai.officer")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"matter":"%s","place":"632802100","partyKind":"NATURAL_PERSON","partyName":"乡镇委托测试",
					 "facts":"违法行为","source":"GRID","discoveredOn":"2026-06-01"}""".formatted(delegated)))
			.andExpect(status().isCreated()));
		assertThat(township.get("mode").asString()).isEqualTo("DELEGATED");
		assertThat(township.get("nameOrgId").asLong()).isNotEqualTo(township.get("actingOrgId").asLong());
		mvc.perform(post("/api/v1/cases/clues").with(as("gahai.officer")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"matter":"HX-CG-009","place":"632802100","partyKind":"NATURAL_PERSON","partyName":"未赋权测试",
					 "facts":"露天烧烤","source":"GRID","discoveredOn":"2026-06-01"}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("case.caller-not-of-enforcing-body"));
	}

	/** Two scans at once raise one overdue alert for a lapsed verification period; the officer sees it. */
	@Test
	void alertScanIsIdempotentAcrossInstances() throws Exception {
		long id = clue("ORGANISATION", "预警测试", "2026-10-09");
		CompletableFuture<CaseWork.Scan> one = CompletableFuture.supplyAsync(work::scan);
		CompletableFuture<CaseWork.Scan> two = CompletableFuture.supplyAsync(work::scan);
		one.join();
		two.join();
		work.scan();
		assertThat(jdbc.sql("select count(*) from case_alert where case_id = ? and kind = 'OVERDUE'").param(id)
			.query(Long.class).single()).isEqualTo(1);
		assertThat(body(mvc.perform(get("/api/v1/cases/alerts").with(as("dlh.officer1")))).toString())
			.contains("\"caseId\":" + id);
	}

	/**
	 * An action on a case and the scan at the same moment both finish. The scan raises alerts before it records the
	 * periods that lapsed: an alert's foreign key waits for a case an action holds, and the action waits for the
	 * record's lock — which the scan, once it had recorded a lapse of another case, used to hold (a deadlock, seen when
	 * the demo ran into the first scan).
	 */
	@Test
	void anActionAndTheScanAtTheSameMomentBothFinish() throws Exception {
		long lapsing = atNotice("ORGANISATION", "并发扫描测试甲", "2026-06-01", "2026-06-20", "3000", ORDINARY);
		act("dlh.officer1", lapsing, "serve-notice", "{\"servedOn\":\"2026-07-06\",\"hearingRightNotified\":false}");
		long held = atNotice("ORGANISATION", "并发扫描测试乙", "2026-06-01", "2026-06-20", "3000", ORDINARY);
		CountDownLatch holding = new CountDownLatch(1);
		CompletableFuture<Void> action = CompletableFuture.runAsync(() -> tx.executeWithoutResult(status -> {
			jdbc.sql("select id from penalty_case where id = ? for update").param(held).query(Long.class).single();
			holding.countDown();
			try {
				Thread.sleep(1500); // the scan starts meanwhile
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			record.record(new TestFact(held, OffsetDateTime.now())); // the record's lock, taken last as every action does
		}));
		holding.await();
		CaseWork.Scan scan = CompletableFuture.supplyAsync(work::scan).get(30, TimeUnit.SECONDS);
		action.get(30, TimeUnit.SECONDS);
		assertThat(scan.lapsed()).isPositive();
		assertThat(clock(detail(lapsing), "NOTICE_RESPONSE").get("state").asString()).isEqualTo("LAPSED");
		assertThat(jdbc.sql("select count(*) from case_alert where case_id = ? and kind = 'OVERDUE'").param(held)
			.query(Long.class).single()).isEqualTo(1); // its decision period ran out in August
	}

	private record TestFact(long subjectId, OffsetDateTime occurredAt) implements RecordedFact {

		@Override
		public String subjectType() {
			return "concurrency-test";
		}

		@Override
		public String action() {
			return "held";
		}

		@Override
		public long actorAccountId() {
			return 0;
		}

		@Override
		public List<String> certificateNumbers() {
			return List.of();
		}

		@Override
		public Map<String, Object> facts() {
			return Map.of();
		}
	}

	/** The party's response period runs out on its own (市监 §57): lapsed and recorded by the scan, never an alert. */
	@Test
	void responsePeriodLapsesWithoutAlert() throws Exception {
		long id = atNotice("ORGANISATION", "陈述期限届满测试", "2026-06-01", "2026-06-20", "3000", ORDINARY);
		act("dlh.officer1", id, "serve-notice", "{\"servedOn\":\"2026-07-06\",\"hearingRightNotified\":false}");
		work.scan();
		JsonNode response = clock(detail(id), "NOTICE_RESPONSE");
		assertThat(response.get("state").asString()).isEqualTo("LAPSED");
		assertThat(response.get("endedOn").asString()).isEqualTo("2026-07-13");
		assertThat(jdbc.sql("select count(*) from case_alert where clock_id = ?").param(response.get("id").asLong())
			.query(Long.class).single()).isZero();
		assertThat(record(id)).anySatisfy(e -> {
			assertThat(e.get("action").asString()).isEqualTo("period-lapsed");
			assertThat(e.get("payload").asString()).contains("NOTICE_RESPONSE");
		});
	}

	/**
	 * A period that runs into a year without a loaded schedule is provisional (weekends only); loading that year
	 * recomputes it and records the move.
	 */
	@Test
	void provisionalDeadlineRecomputedWhenTheYearIsLoaded() throws Exception {
		long id = clue("ORGANISATION", "暂定期限测试", "2026-06-01");
		CaseClock provisional = tx.execute(s -> clocks.start(id, ClockKind.DECISION, LocalDate.of(2036, 12, 20),
				OffsetDateTime.now()));
		assertThat(provisional.provisional()).isTrue();
		LocalDate due = provisional.dueOn();
		actingAs("admin", () -> calendars.upload(2037,
				"{\"holidays\": {\"%s\": \"Test holiday,测试假日,1\"}}".formatted(due).getBytes(), "test"));
		CaseClock recomputed = tx.execute(s -> clocks.of(id).stream().filter(c -> c.id() == provisional.id())
			.findFirst().orElseThrow());
		assertThat(recomputed.provisional()).isFalse();
		assertThat(recomputed.dueOn()).isAfter(due);
		assertThat(recomputed.moves()).singleElement().satisfies(m -> {
			assertThat(m.reason()).isEqualTo("CALENDAR");
			assertThat(m.previousDue()).isEqualTo(due);
		});
		assertThat(record(id)).last().satisfies(e -> assertThat(e.get("action").asString()).isEqualTo("calendar-moved"));
		mvc.perform(get("/api/v1/cases/" + id + "/record/verify").with(as("dlh.officer1")))
			.andExpect(jsonPath("$.intact").value(true));
	}

	private org.springframework.test.web.servlet.ResultActions approve(String user, long request) throws Exception {
		return mvc.perform(post("/api/v1/cases/approvals/" + request + "/approve").with(as(user)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"同意\"}"));
	}

	private org.springframework.test.web.servlet.ResultActions threshold(String user, String body) throws Exception {
		return mvc.perform(put("/api/v1/cases/hearing-thresholds/URBAN_MANAGEMENT").with(as(user)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private org.springframework.test.web.servlet.ResultActions chain(String user, String action, String steps)
			throws Exception {
		return mvc.perform(put("/api/v1/cases/approval-chains/" + action).with(as(user)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"steps\":" + steps + "}"));
	}
}
