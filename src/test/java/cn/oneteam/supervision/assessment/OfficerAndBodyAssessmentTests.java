package cn.oneteam.supervision.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.oneteam.IntegrationTest;
import cn.oneteam.identity.Accounts;
import cn.oneteam.identity.Accounts.NewAccount;
import cn.oneteam.identity.Role;
import cn.oneteam.identity.SystemActor;
import cn.oneteam.organization.BodyType;
import cn.oneteam.organization.NewCertificate;
import cn.oneteam.organization.NewOrganization;
import cn.oneteam.organization.NewPerson;
import cn.oneteam.organization.Officers;
import cn.oneteam.organization.OrganizationId;
import cn.oneteam.organization.OrganizationKind;
import cn.oneteam.organization.Organizations;
import cn.oneteam.organization.PersonCategory;
import cn.oneteam.organization.PersonId;
import cn.oneteam.organization.PostKind;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.EnforcementDomain;
import cn.oneteam.shared.JurisdictionScope;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
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
 * Assessments (docs/adr/0039-assessments.md): each figure at the edges of months, quarters and the year, the score by
 * the configured weights, the townships' ratings weighted 30 % for a department and 60 % for a stationed body from
 * real whistle ratings, bad periods refused, the annual Excel read back, and who sees which body.
 *
 * <p>
 * The cases, periods, kept self-reviews and concluded complaints of 2025 are history written as rows (the procedure
 * dates everything today); people, certificates, training and whistles go through the modules' own services and API.
 */
class OfficerAndBodyAssessmentTests extends IntegrationTest {

	private static final String SUPERVISOR = "hx.supervisor";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Organizations organizations;

	@Autowired
	private Officers officers;

	@Autowired
	private Accounts accounts;

	private long body;

	private long officerA;

	private long officerB;

	private String certificateA;

	private String code;

	/**
	 * A fresh body of 德令哈 with two certified officers; A acts on cases around the edges of November and the fourth
	 * quarter of 2025, B on none.
	 */
	@BeforeEach
	void history() {
		code = "t-as-" + UUID.randomUUID().toString().substring(0, 8);
		// a department, not an enforcement bureau: the staffing report of 海西 counts the bureaus and their people
		body = SystemActor.call(() -> organizations.register(new NewOrganization(code, "考核测试执法局" + code,
				OrganizationKind.DEPARTMENT, BodyType.OWN_POWER, DivisionCode.of("632802"), null, List.of()),
				JurisdictionScope.nationwide())).id().value();
		certificateA = "AS" + code;
		officerA = officer("考核甲" + code, certificateA);
		officerB = officer("考核乙" + code, "BS" + code);
		// cases: general decided 2025-09-30, 10-31, 11-10, 11-30 and 2026-01-01; simple decided 11-01 and 12-01
		caseOf("GENERAL", "2025-09-30");
		caseOf("GENERAL", "2025-10-31");
		long nov10 = caseOf("GENERAL", "2025-11-10");
		long nov30 = caseOf("GENERAL", "2025-11-30");
		caseOf("GENERAL", "2026-01-01");
		caseOf("SIMPLE", "2025-11-01");
		caseOf("SIMPLE", "2025-12-01");
		// the periods of the 11-30 case: kept on 11-30 (November) and on 12-01 (December); lapsed on its due day
		// 11-15, kept late (due 11-29, met 12-02) and still running past 11-20: three breaches of November; the
		// party's own period is not the body's timeliness
		clock(nov30, "DECISION", "MET", "2025-12-20", "2025-11-30");
		clock(nov30, "CLOSING", "MET", "2025-12-05", "2025-12-01");
		clock(nov30, "EVIDENCE_PRESERVATION", "LAPSED", "2025-11-15", "2025-11-15");
		clock(nov30, "SERVICE", "MET", "2025-11-29", "2025-12-02");
		clock(nov30, "PUBLICITY", "RUNNING", "2025-11-20", null);
		clock(nov30, "NOTICE_RESPONSE", "LAPSED", "2025-11-12", "2025-11-12");
		// kept self-reviews: the latest counts (60 then 90), and 80
		review(nov30, "60", "2025-12-01T10:00:00+08:00");
		review(nov30, "90", "2025-12-02T10:00:00+08:00");
		review(nov10, "80", "2025-11-11T10:00:00+08:00");
		// complaints: upheld on 11-30, not upheld on 11-20, upheld on 12-01
		complaint(certificateA, "SUBSTANTIATED", "2025-11-30");
		complaint(certificateA, "NOT_SUBSTANTIATED", "2025-11-20");
		complaint(certificateA, "PARTLY", "2025-12-01");
		// training: 4 h on 11-01, 6 h on 11-30, 10 h on 12-01
		SystemActor.call(() -> {
			officers.recordTraining(new PersonId(officerA), "执法规范化培训", new BigDecimal("4"), LocalDate.of(2025, 11, 1),
					JurisdictionScope.nationwide());
			officers.recordTraining(new PersonId(officerA), "行政处罚法专题", new BigDecimal("6"),
					LocalDate.of(2025, 11, 30), JurisdictionScope.nationwide());
			officers.recordTraining(new PersonId(officerA), "案卷评查培训", new BigDecimal("10"), LocalDate.of(2025, 12, 1),
					JurisdictionScope.nationwide());
			return null;
		});
	}

	@Test
	void anOfficersMonthCountsItsLastDayAndNotTheFirstOfTheNext() throws Exception {
		JsonNode a = officer(officers("2025-11"), officerA);
		assertThat(a.get("generalCases").asLong()).isEqualTo(2); // 11-10 and 11-30
		assertThat(a.get("simpleCases").asLong()).isEqualTo(1); // 11-01, not 12-01
		assertThat(a.get("periodsMet").asLong()).isEqualTo(1); // 11-30, not 12-01
		assertThat(a.get("periodsBreached").asLong()).isEqualTo(3);
		assertThat(a.get("timelinessPercent").decimalValue()).isEqualByComparingTo("25.0");
		assertThat(a.get("reviewed").asLong()).isEqualTo(2);
		assertThat(a.get("reviewScore").decimalValue()).isEqualByComparingTo("85.0"); // (90 + 80) / 2
		assertThat(a.get("complaintsUpheld").asLong()).isEqualTo(1); // 11-30 upheld; 11-20 not upheld; 12-01 later
		assertThat(a.get("trainingHours").decimalValue()).isEqualByComparingTo("10"); // 4 + 6
		// 40 % × 25 + 30 % × 85 + 20 % × (100 − 10) + 10 % × 100 (10 h ≥ 40 h / 12)
		assertThat(a.get("score").decimalValue()).isEqualByComparingTo("63.50");

		JsonNode b = officer(officers("2025-11"), officerB);
		assertThat(b.get("generalCases").asLong() + b.get("simpleCases").asLong()).isZero();
		assertThat(b.get("timelinessPercent").isNull()).isTrue();
		assertThat(b.get("reviewScore").isNull()).isTrue();
		// no case and no period of his own: not assessed
		assertThat(b.get("score").isNull()).isTrue();

		JsonNode december = officer(officers("2025-12"), officerA);
		assertThat(december.get("simpleCases").asLong()).isEqualTo(1);
		assertThat(december.get("generalCases").asLong()).isZero();
		assertThat(december.get("periodsMet").asLong()).isEqualTo(1);
		assertThat(december.get("periodsBreached").asLong()).isZero(); // the late one breached in November
		assertThat(december.get("complaintsUpheld").asLong()).isEqualTo(1); // PARTLY upholds (configured)
		assertThat(december.get("trainingHours").decimalValue()).isEqualByComparingTo("10");
	}

	@Test
	void aQuarterRunsFromItsFirstToItsLastDay() throws Exception {
		JsonNode q4 = officer(officers("2025-Q4"), officerA);
		assertThat(q4.get("generalCases").asLong()).isEqualTo(3); // 10-31, 11-10, 11-30; not 09-30 nor 2026-01-01
		assertThat(q4.get("simpleCases").asLong()).isEqualTo(2);
		assertThat(q4.get("periodsMet").asLong()).isEqualTo(2);
		assertThat(q4.get("complaintsUpheld").asLong()).isEqualTo(2);
		assertThat(q4.get("trainingHours").decimalValue()).isEqualByComparingTo("20");
		JsonNode q3 = officer(officers("2025-Q3"), officerA);
		assertThat(q3.get("generalCases").asLong()).isEqualTo(1); // 09-30
		JsonNode q1 = officer(officers("2026-Q1"), officerA);
		assertThat(q1.get("generalCases").asLong()).isEqualTo(1); // 2026-01-01
		assertThat(q1.get("trainingHours").decimalValue()).isZero();
	}

	@Test
	void aBodysCaseScoreWeighsItsOwnFigures() throws Exception {
		JsonNode b = bodyOf(bodies("2025-11"), body);
		assertThat(b.get("generalCases").asLong()).isEqualTo(2);
		assertThat(b.get("simpleCases").asLong()).isEqualTo(1);
		assertThat(b.get("complaintsUpheld").asLong()).isEqualTo(1);
		assertThat(b.get("officers").asInt()).isEqualTo(2);
		assertThat(b.get("responderKind").asText()).isEqualTo("DEPARTMENT");
		assertThat(b.get("ratings").asLong()).isZero();
		// 50 % × 25 + 30 % × 85 + 20 % × (100 − 5); without ratings the case score is the score
		assertThat(b.get("caseScore").decimalValue()).isEqualByComparingTo("57.00");
		assertThat(b.get("score").decimalValue()).isEqualByComparingTo("57.00");
		// a year without cases, periods or ratings: not assessed, ranked after those assessed
		JsonNode quiet = bodies("2024");
		assertThat(bodyOf(quiet, body).get("score").isNull()).isTrue();
		JsonNode last = quiet.get("bodies").get(quiet.get("bodies").size() - 1);
		assertThat(last.get("score").isNull()).isTrue();
	}

	@Test
	void townshipRatingsWeighThirtyPercentForADepartmentAndSixtyForAStationedBody() throws Exception {
		long department = fresh(BodyType.OWN_POWER);
		long stationed = fresh(BodyType.STATIONED);
		JsonNode whistle = body(mvc.perform(post("/api/v1/whistles").with(as("hexi.dispatch")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"type":"ROUTINE","departments":[%d,%d],"need":"占道经营需部门到场","place":"632802001","address":"长江路"}"""
				.formatted(department, stationed)))
			.andExpect(status().isCreated()));
		long id = whistle.get("id").asLong();
		for (long responder : List.of(department, stationed)) {
			String user = staff(responder);
			act(user, id, "acknowledge", "");
			act(user, id, "arrive", """
					{"place":"长江路","latitude":37.37,"longitude":97.36}""");
			act(user, id, "report", """
					{"result":"已处置"}""");
		}
		act("hexi.dispatch", id, "confirm", "");
		act("hexi.dispatch", id, "rate", """
				{"department":%d,"scores":{"SPEED":5,"EFFECT":5,"COOPERATION":4,"SATISFACTION":4}}""".formatted(department));
		act("hexi.dispatch", id, "rate", """
				{"department":%d,"scores":{"SPEED":4,"EFFECT":4,"COOPERATION":4,"SATISFACTION":4}}""".formatted(stationed));
		LocalDate today = LocalDate.now(ChinaTime.ZONE);
		complaint(stationed, null, "SUBSTANTIATED", today.toString()); // the stationed body's case score: 100 − 5
		caseOf(stationed, "GENERAL", today.toString()); // its case work of the month; the department has none

		JsonNode month = bodies(today.toString().substring(0, 7));
		JsonNode d = bodyOf(month, department);
		assertThat(d.get("responderKind").asText()).isEqualTo("DEPARTMENT");
		assertThat(d.get("ratingWeightPercent").asInt()).isEqualTo(30);
		assertThat(d.get("ratingScore").decimalValue()).isEqualByComparingTo("90.00");
		// no case work in the period: no case part (not 100), the rating alone is the score
		assertThat(d.get("caseScore").isNull()).isTrue();
		assertThat(d.get("score").decimalValue()).isEqualByComparingTo("90.00");
		JsonNode s = bodyOf(month, stationed);
		assertThat(s.get("responderKind").asText()).isEqualTo("STATIONED");
		assertThat(s.get("ratingWeightPercent").asInt()).isEqualTo(60);
		assertThat(s.get("ratingScore").decimalValue()).isEqualByComparingTo("80.00");
		assertThat(s.get("caseScore").decimalValue()).isEqualByComparingTo("95.00");
		assertThat(s.get("score").decimalValue()).isEqualByComparingTo("86.00"); // 0.6 × 80 + 0.4 × 95
		// ranked by score: the department (90, ratings alone) before the stationed body (86)
		JsonNode ranked = month.get("bodies");
		int dAt = -1;
		int sAt = -1;
		for (int i = 0; i < ranked.size(); i++) {
			long at = ranked.get(i).get("bodyId").asLong();
			dAt = at == department ? i : dAt;
			sAt = at == stationed ? i : sAt;
		}
		assertThat(dAt).isLessThan(sAt);
		// the ratings of whistles raised in another year are not this year's
		JsonNode lastYear = bodies(String.valueOf(today.getYear() - 1));
		assertThat(bodyOf(lastYear, stationed).get("ratings").asLong()).isZero();
	}

	@Test
	void badPeriodsAreRefusedWithTheReason() throws Exception {
		for (String period : List.of("2026-13", "2026-Q5", "2026-00", "26", "1999", "2026-Q4x", "")) {
			mvc.perform(get("/api/v1/supervision/assessments/bodies").param("period", period).with(as(SUPERVISOR))
				.header("Accept-Language", "en"))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.code").value("supervision.assessment-period-invalid"))
				.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("2026-Q4")));
		}
		mvc.perform(get("/api/v1/supervision/assessments/officers").param("period", "2026-Q5")
			.param("body", String.valueOf(body)).with(as(SUPERVISOR)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("不是考核期间")));
		mvc.perform(get("/api/v1/supervision/assessments/annual.xlsx").param("year", "20x6").with(as(SUPERVISOR)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("supervision.assessment-period-invalid"));
		mvc.perform(get("/supervision/assessments").param("period", "2026-13").with(as(SUPERVISOR)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("不是考核期间")));
	}

	@Test
	void theAnnualTableReadsBackWithItsHeadersAndFigures() throws Exception {
		byte[] file = mvc.perform(get("/api/v1/supervision/assessments/annual.xlsx").param("year", "2025")
			.with(as(SUPERVISOR)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(AssessmentApiController.XLSX))
			.andReturn().getResponse().getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file))) {
			List<Sheet> sheets = workbook.getSheets().toList();
			assertThat(sheets).extracting(Sheet::getName).containsExactly("执法主体考核 2025", "执法人员考核 2025");
			List<Row> bodies = sheets.get(0).read();
			assertThat(texts(bodies.get(0))).startsWith("名次", "执法主体", "报到类别", "普通程序案件", "简易程序决定")
				.contains("期限遵守率（%）", "乡镇评价得分", "考核得分");
			Row b = find(bodies, 1, "考核测试执法局" + code);
			// general 09-30, 10-31, 11-10, 11-30; simple 11-01, 12-01; kept 2, breached 3; reviews 85; 2 upheld
			assertThat(texts(b).subList(2, 17)).containsExactly("行业主管部门", "4", "2", "2", "3", "40", "2", "85",
					"2", "63.5", "0", "", "30", "63.5", "2");
			List<Row> people = sheets.get(1).read();
			assertThat(texts(people.get(0))).containsExactly("执法主体", "执法人员", "普通程序案件", "简易程序决定", "遵守期限",
					"超过期限", "期限遵守率（%）", "自查案卷数", "自查平均分", "查实投诉", "培训学时", "考核得分");
			Row a = find(people, 1, "考核甲" + code);
			// 40 % × 40 + 30 % × 85 + 20 % × (100 − 2 × 10) + 10 % × (20 h of 40 h)
			assertThat(texts(a).subList(2, 12)).containsExactly("4", "2", "2", "3", "40", "2", "85", "2", "20",
					"62.5");
		}
		byte[] english = mvc.perform(get("/api/v1/supervision/assessments/annual.xlsx").param("year", "2025")
			.param("lang", "en").with(as(SUPERVISOR)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(english))) {
			Sheet sheet = workbook.getFirstSheet();
			assertThat(sheet.getName()).isEqualTo("Bodies 2025");
			assertThat(texts(sheet.read().get(0))).startsWith("Rank", "Body", "Responder kind", "General-procedure cases");
		}
	}

	@Test
	void theSupervisorSeesHisJurisdictionAndAHeadHisOwnBody() throws Exception {
		long xining = SystemActor.call(() -> organizations.register(new NewOrganization(
				"t-as-xn-" + UUID.randomUUID().toString().substring(0, 8), "西宁考核测试局",
				OrganizationKind.ENFORCEMENT_BUREAU, BodyType.OWN_POWER, DivisionCode.of("6301"), null, List.of()),
				JurisdictionScope.nationwide())).id().value();
		JsonNode all = bodies("2025-11");
		assertThat(all.get("bodies").findValuesAsString("body")).anyMatch(n -> n.startsWith("考核测试执法局"))
			.contains("德令哈市综合行政执法局", "格尔木市综合行政执法局").doesNotContain("西宁考核测试局",
					"海西蒙古族藏族自治州司法局");
		mvc.perform(get("/api/v1/supervision/assessments/officers").param("body", String.valueOf(xining))
			.param("period", "2025-11").with(as(SUPERVISOR)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("supervision.assessment-body-unknown"));

		long delingha = organizations.findByCode("632802-zhzf").orElseThrow().id().value();
		JsonNode own = body(mvc.perform(get("/api/v1/supervision/assessments/bodies").param("period", "2025-11")
			.with(as("dlh.head"))).andExpect(status().isOk()));
		assertThat(own.get("bodies").findValues("bodyId").stream().map(JsonNode::asLong).toList()).containsExactly(delingha);
		mvc.perform(get("/api/v1/supervision/assessments/officers").param("period", "2025-11")
			.with(as("dlh.head")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.bodyId").value(delingha));
		mvc.perform(get("/api/v1/supervision/assessments/officers").param("body", String.valueOf(body))
			.param("period", "2025-11").with(as("dlh.head")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/supervision/assessments").param("period", "2025-11").with(as("dlh.head")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("德令哈市综合行政执法局")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("格尔木市"))));
		mvc.perform(get("/api/v1/supervision/assessments/bodies").param("period", "2025-11").with(as("dlh.officer1")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/supervision/assessments/annual.xlsx").param("year", "2025").with(as("dlh.officer1")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/supervision/assessments").param("period", "2025-11").param("body", String.valueOf(body))
			.with(as(SUPERVISOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("考核甲")));
	}

	private long officer(String name, String certificate) {
		return SystemActor.call(() -> {
			PersonId person = officers.register(new NewPerson(new OrganizationId(body), null, name,
					PersonCategory.ESTABLISHMENT, PostKind.ADMINISTRATIVE, false, false, null, LocalDate.of(2020, 1, 1)),
					JurisdictionScope.nationwide());
			officers.issueCertificate(person, new NewCertificate(certificate, "海西州人民政府",
					Set.of(EnforcementDomain.MARKET_SUPERVISION), LocalDate.of(2020, 1, 1), LocalDate.of(2030, 12, 31)),
					JurisdictionScope.nationwide());
			return person.value();
		});
	}

	private long caseOf(String procedure, String decidedOn) {
		return caseOf(body, procedure, decidedOn);
	}

	private long caseOf(long body, String procedure, String decidedOn) {
		long id = jdbc.sql("""
				insert into penalty_case (procedure, stage, matter_code, matter_version, place_code, acting_org_id,
				  name_org_id, enforcement_mode, party_type, party_name, facts, penalty_kinds, decided_on, recorded_by,
				  recorded_at)
				values (?, 'CLOSED', 'T-ASSESS', 1, '632221', ?, ?, 'OWN_POWER', 'NATURAL_PERSON', '考核当事人', '考核测试',
				  '{WARNING}', cast(? as date), 0, now()) returning id""")
			.params(procedure, body, body, decidedOn).query(Long.class).single();
		jdbc.sql("insert into case_officer (case_id, person_id, certificate_no) values (?, ?, ?)")
			.params(id, officerA, certificateA).update();
		return id;
	}

	private void clock(long caseId, String kind, String state, String dueOn, String endedOn) {
		jdbc.sql("""
				insert into case_clock (case_id, kind, unit, started_on, length_units, due_on, state, ended_on)
				values (?, ?, 'DAYS', date '2025-10-01', 1, cast(? as date), ?, cast(? as date))""")
			.params(caseId, kind, dueOn, state, endedOn).update();
	}

	private void review(long caseId, String score, String at) {
		jdbc.sql("""
				insert into supervision_self_review (case_id, standard, score, grade, vetoes, deductions, reviewed_at)
				values (?, 'GENERAL v1', cast(? as numeric), 'PASS', 0, 0, cast(? as timestamptz))""")
			.params(caseId, score, at).update();
	}

	private void complaint(String certificate, String finding, String closedOn) {
		complaint(body, certificate, finding, closedOn);
	}

	private void complaint(long about, String certificate, String finding, String closedOn) {
		jdbc.sql("""
				insert into supervision_complaint (tracking_number, channel, complainant_name, complainant_phone, body_id,
				  body_seat, certificate, facts, state, received_on, received_at, accept_due, accepted_on, finding,
				  answer, closed_on)
				values (?, 'PUBLIC_FORM', '考核投诉人', '13900000000', ?, '632802', ?, '考核测试', 'CONCLUDED',
				  cast(? as date) - 20, now(), cast(? as date) - 10, cast(? as date) - 15, ?, '已答复', cast(? as date))""")
			.params("TSAS" + UUID.randomUUID().toString().replace("-", "").substring(0, 20), about, certificate, closedOn, closedOn, closedOn, finding, closedOn)
			.update();
	}

	private long fresh(BodyType type) {
		String code = "t-as-" + UUID.randomUUID().toString().substring(0, 8);
		return SystemActor.call(() -> organizations.register(new NewOrganization(code, "考核测试部门" + code,
				OrganizationKind.DEPARTMENT, type, DivisionCode.of("632802"), null, List.of()),
				JurisdictionScope.nationwide())).id().value();
	}

	private String staff(long organization) {
		String username = "t.as" + organization;
		SystemActor.call(() -> accounts.open(new NewAccount(username, "考核测试账号", "OneTeam@2026",
				new OrganizationId(organization), Set.of(Role.DEPARTMENT_STAFF)), JurisdictionScope.nationwide()));
		return username;
	}

	private void act(String user, long whistle, String action, String body) throws Exception {
		mvc.perform(post("/api/v1/whistles/" + whistle + "/" + action).with(as(user)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isOk());
	}

	private JsonNode officers(String period) throws Exception {
		return body(mvc.perform(get("/api/v1/supervision/assessments/officers").param("body", String.valueOf(body))
			.param("period", period).with(as(SUPERVISOR))).andExpect(status().isOk()));
	}

	private JsonNode bodies(String period) throws Exception {
		return body(mvc.perform(get("/api/v1/supervision/assessments/bodies").param("period", period)
			.with(as(SUPERVISOR))).andExpect(status().isOk()));
	}

	private static JsonNode officer(JsonNode officers, long person) {
		for (JsonNode o : officers.get("officers")) {
			if (o.get("personId").asLong() == person) {
				return o;
			}
		}
		throw new AssertionError("no officer " + person + " in " + officers);
	}

	private static JsonNode bodyOf(JsonNode bodies, long id) {
		for (JsonNode b : bodies.get("bodies")) {
			if (b.get("bodyId").asLong() == id) {
				return b;
			}
		}
		throw new AssertionError("no body " + id);
	}

	private static Row find(List<Row> rows, int column, String text) {
		return rows.stream().filter(r -> text.equals(r.getCellText(column))).findFirst()
			.orElseThrow(() -> new AssertionError("no row " + text));
	}

	/** The cells as text, numbers without trailing zeros, an empty cell as "". */
	private static List<String> texts(Row row) {
		List<String> texts = new ArrayList<>();
		for (int c = 0; c < row.getCellCount(); c++) {
			Cell cell = row.getCell(c);
			texts.add(cell == null || cell.getType() == CellType.EMPTY ? ""
					: cell.getType() == CellType.NUMBER ? cell.asNumber().stripTrailingZeros().toPlainString()
							: cell.getText());
		}
		return texts;
	}
}
