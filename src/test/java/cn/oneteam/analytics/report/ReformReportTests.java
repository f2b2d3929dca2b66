package cn.oneteam.analytics.report;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.oneteam.IntegrationTest;
import cn.oneteam.PdfText;
import cn.oneteam.catalog.Catalog;
import cn.oneteam.catalog.Matter;
import cn.oneteam.identity.SystemActor;
import cn.oneteam.inspection.burden.InspectionBurden;
import cn.oneteam.organization.BodyType;
import cn.oneteam.organization.CertificateEventKind;
import cn.oneteam.organization.FormerTeams;
import cn.oneteam.organization.NewCertificate;
import cn.oneteam.organization.NewOrganization;
import cn.oneteam.organization.NewPerson;
import cn.oneteam.organization.OrganizationId;
import cn.oneteam.organization.OrganizationKind;
import cn.oneteam.organization.Officers;
import cn.oneteam.organization.Organizations;
import cn.oneteam.organization.PersonCategory;
import cn.oneteam.organization.PersonId;
import cn.oneteam.organization.PostKind;
import cn.oneteam.organization.Staffing;
import cn.oneteam.organization.TeamKind;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.EnforcementDomain;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.ScopedPrincipal;
import tools.jackson.databind.JsonNode;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.ui.ExtendedModelMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each figure of the reform report against a hand-counted territory: 刚察县 (632224, 海北州), outside every demo
 * account's view, with one comprehensive bureau, one department and one stationed body built here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReformReportTests extends IntegrationTest {

	private static final String COUNTY = "632224";

	private static final String TOWN_A = "632224100"; // 沙柳河镇

	private static final String TOWN_B = "632224101"; // 哈尔盖镇

	private static final String CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Organizations organizations;

	@Autowired
	Staffing staffing;

	@Autowired
	Officers officers;

	@Autowired
	FormerTeams formerTeams;

	@Autowired
	Catalog catalog;

	@Autowired
	Clock clock;

	@Autowired
	InspectionBurden burden;

	@Autowired
	ReformReportPageController page;

	private long bureau;

	private long department;

	private long subject;

	/** Two urban-management matters and one market-supervision matter in force, and a fourth. */
	private Matter urban1, urban2, market, fourth;

	@BeforeAll
	void territory() {
		SystemActor.call(() -> {
			bureau = body("rf-bureau", "刚察县综合行政执法局（测试）", OrganizationKind.ENFORCEMENT_BUREAU, null, COUNTY);
			department = body("rf-market", "刚察县市场监督管理局（测试）", OrganizationKind.DEPARTMENT, BodyType.OWN_POWER, COUNTY);
			body("rf-stationed", "刚察县派驻沙柳河镇执法所（测试）", OrganizationKind.DEPARTMENT, BodyType.STATIONED, TOWN_A);
			posts();
			people();
			formerTeams();
			return null;
		});
		pickMatters();
		boundaries();
		empowerments();
		cases();
		inspections();
		whistles();
	}

	private long body(String code, String name, OrganizationKind kind, BodyType type, String seat) {
		return organizations.register(new NewOrganization(code, name, kind, type, DivisionCode.of(seat), null,
				List.of(DivisionCode.of(seat))), JurisdictionScope.nationwide()).id().value();
	}

	// authorised: 6 administrative + 4 public-institution = 10
	private void posts() {
		staffing.authorisePosts(new OrganizationId(bureau), PostKind.ADMINISTRATIVE, 6, JurisdictionScope.nationwide());
		staffing.authorisePosts(new OrganizationId(bureau), PostKind.PUBLIC_INSTITUTION, 4, JurisdictionScope.nationwide());
	}

	/**
	 * Establishment staff in post: p1 (brigade), p2, p3 (stationed in A), p4 (stationed in B) = 4; p5 (stationed in B)
	 * left on 2026-06-30 and p6 joins in 2099: not counted. Stationed = p2, p3, p4 = 3. Auxiliaries a1, a2 = 2; the grid
	 * worker never counts. Certified: p1 only (p2's certificate revoked, p3's expired in 2025).
	 */
	private void people() {
		OrganizationId b = new OrganizationId(bureau);
		JurisdictionScope all = JurisdictionScope.nationwide();
		long brigade = staffing.formTeam(b, "执法大队", TeamKind.BRIGADE, null, all).id();
		staffing.formTeam(b, "执法一中队", TeamKind.SQUAD, null, all);
		long groupA = staffing.formTeam(b, "派驻沙柳河镇执法组", TeamKind.STATIONED_GROUP, DivisionCode.of(TOWN_A), all).id();
		long groupB = staffing.formTeam(b, "派驻哈尔盖镇执法组", TeamKind.STATIONED_GROUP, DivisionCode.of(TOWN_B), all).id();
		PersonId p1 = person(brigade, "改革测试甲", PersonCategory.ESTABLISHMENT, "2020-01-01");
		PersonId p2 = person(groupA, "改革测试乙", PersonCategory.ESTABLISHMENT, "2020-01-01");
		PersonId p3 = person(groupA, "改革测试丙", PersonCategory.ESTABLISHMENT, "2020-01-01");
		person(groupB, "改革测试丁", PersonCategory.ESTABLISHMENT, "2020-01-01");
		PersonId p5 = person(groupB, "改革测试戊", PersonCategory.ESTABLISHMENT, "2020-01-01");
		person(groupB, "改革测试己", PersonCategory.ESTABLISHMENT, "2099-01-01");
		person(null, "改革辅助甲", PersonCategory.AUXILIARY, "2021-01-01");
		person(groupA, "改革辅助乙", PersonCategory.AUXILIARY, "2021-01-01");
		person(null, "改革网格员", PersonCategory.GRID_WORKER, "2021-01-01");
		jdbc.sql("update person set left_on = date '2026-06-30' where id = ?").param(p5.value()).update();
		certificate(p1, "RF-CERT-1", "2024-01-01", "2028-12-31");
		long revoked = certificate(p2, "RF-CERT-2", "2024-01-01", "2028-12-31");
		officers.recordCertificateEvent(revoked, CertificateEventKind.REVOKED, LocalDate.of(2026, 5, 1), "测试注销", all);
		certificate(p3, "RF-CERT-3", "2021-01-01", "2025-12-31");
	}

	private PersonId person(Long team, String name, PersonCategory category, String joined) {
		return officers.register(new NewPerson(new OrganizationId(bureau), team, name, category,
				category == PersonCategory.ESTABLISHMENT ? PostKind.ADMINISTRATIVE : null, false, false, null,
				LocalDate.parse(joined)), JurisdictionScope.nationwide());
	}

	private long certificate(PersonId holder, String number, String from, String to) {
		return officers.issueCertificate(holder, new NewCertificate(number, "青海省人民政府",
				Set.of(EnforcementDomain.URBAN_MANAGEMENT), LocalDate.parse(from), LocalDate.parse(to)),
				JurisdictionScope.nationwide()).id();
	}

	/** Merged by 2026: 城管 (12 people) and 市场监管 (8) = 2 teams, 20 people; 环境 merges in 2099: not counted. */
	private void formerTeams() {
		OrganizationId b = new OrganizationId(bureau);
		JurisdictionScope all = JurisdictionScope.nationwide();
		formerTeams.record(b, "城市管理行政执法大队", "刚察县住房和城乡建设局", 12, LocalDate.of(2020, 3, 1), all);
		formerTeams.record(b, "市场监管执法大队", "刚察县市场监督管理局", 8, LocalDate.of(2021, 5, 1), all);
		formerTeams.record(b, "环境监察大队", "刚察县生态环境局", 5, LocalDate.of(2099, 1, 1), all);
	}

	private void pickMatters() {
		LocalDate today = LocalDate.now(clock);
		List<Matter> inForce = catalog.matters().stream().filter(m -> m.versionOn(today).isPresent()).toList();
		List<Matter> urban = inForce.stream().filter(m -> m.domain() == EnforcementDomain.URBAN_MANAGEMENT).toList();
		urban1 = urban.get(0);
		urban2 = urban.get(1);
		fourth = urban.get(2);
		market = inForce.stream().filter(m -> m.domain() == EnforcementDomain.MARKET_SUPERVISION).findFirst().orElseThrow();
	}

	/**
	 * In force: urban1 → bureau; urban2 → bureau and department (the bureau's, once); market → department. The fourth
	 * matter's boundary naming the bureau ended in 2025. Moved = 2 (both urban management), kept = 1.
	 */
	private void boundaries() {
		boundary(urban1, COUNTY, bureau, null);
		boundary(urban2, COUNTY, bureau, null);
		boundary(urban2, TOWN_A, department, null);
		boundary(market, COUNTY, department, null);
		boundary(fourth, COUNTY, bureau, "2025-12-31");
	}

	private void boundary(Matter matter, String territory, long body, String to) {
		jdbc.sql("""
				insert into responsibility_boundary (matter_id, division_code, enforcing_org_id, effective_from,
				  effective_to, recorded_at) values (?, ?, ?, date '2020-01-01', cast(? as date), now())""")
			.params(matter.id(), territory, body, to).update();
	}

	/**
	 * In force: A empowered urban1 and urban2 (2); B delegated market (1) and stationed urban1 (1). 632224200 had urban2
	 * empowered until 2025-06-30: not in force. Townships with a list: 2.
	 */
	private void empowerments() {
		empowerment(TOWN_A, urban1, "EMPOWERED", null);
		empowerment(TOWN_A, urban2, "EMPOWERED", null);
		empowerment(TOWN_B, market, "DELEGATED", null);
		empowerment(TOWN_B, urban1, "STATIONED", null);
		empowerment("632224200", urban2, "EMPOWERED", "2025-06-30");
	}

	private void empowerment(String township, Matter matter, String mode, String to) {
		jdbc.sql("""
				insert into empowerment (township_code, matter_id, mode, acting_org_id, name_org_id, instrument_number,
				  instrument_published, effective_from, effective_to, recorded_at)
				values (?, ?, ?, ?, ?, '刚政〔2020〕1号', date '2020-01-01', date '2020-01-01', cast(? as date), now())""")
			.params(township, matter.id(), mode, bureau, bureau, to).update();
	}

	/**
	 * Simple decisions in 2026: two of the bureau's and one of the department's = 3 (one in 2025 not). General penalty
	 * decisions in 2026: two (one filed in 2025); a no-penalty decision is not one. Filed in 2026: three.
	 */
	private void cases() {
		simpleCase(bureau, "2026-02-01");
		simpleCase(bureau, "2026-05-01");
		simpleCase(bureau, "2025-12-31");
		simpleCase(department, "2026-07-01");
		generalCase("2026-01-10", "PENALTY", "2026-03-01", "CLOSED");
		generalCase("2025-11-01", "PENALTY", "2026-01-15", "CLOSED");
		generalCase("2026-06-01", null, null, "INVESTIGATING");
		generalCase("2026-04-01", "NO_PENALTY", "2026-05-01", "CLOSED");
	}

	private void simpleCase(long body, String decided) {
		jdbc.sql("""
				insert into penalty_case (procedure, stage, matter_code, matter_version, place_code, acting_org_id,
				  name_org_id, enforcement_mode, party_type, party_name, facts, penalty_kinds, fine, decided_on,
				  recorded_by, recorded_at)
				values ('SIMPLE', 'DECIDED', ?, ?, '632224100', ?, ?, 'OWN_POWER', 'NATURAL_PERSON', '改革测试人',
				  '改革测试', '{WARNING}', 0, cast(? as date), 0, now())""")
			.params(urban1.code(), urban1.latest().version(), body, body, decided).update();
	}

	private void generalCase(String filed, String outcome, String decided, String stage) {
		jdbc.sql("""
				insert into penalty_case (procedure, stage, matter_code, matter_version, place_code, acting_org_id,
				  name_org_id, enforcement_mode, party_type, party_name, facts, penalty_kinds, decided_on,
				  recorded_by, recorded_at, filed_on, outcome)
				values ('GENERAL', ?, ?, ?, '632224100', ?, ?, 'OWN_POWER', 'ORGANISATION', '改革测试公司', '改革测试',
				  '{WARNING}', cast(? as date), 0, now(), cast(? as date), ?)""")
			.params(stage, urban1.code(), urban1.latest().version(), bureau, bureau, decided, filed, outcome).update();
	}

	/**
	 * 2026, not cancelled: v1 joint (bureau + department, 3 parts), v2 the bureau's (1 part), v3 planned, no part yet
	 * (counts as 1). Before = 3 + 1 + 1 = 5, after = 3 visits, saved = 2. A cancelled joint visit, one of 2025 and one
	 * planned for tomorrow (after the report's day: "in the year" ends today) do not count. Joint inspections carried
	 * out: v1, once for each of its 2 departments = 2. In 2025: the one visit, 1 part.
	 */
	private void inspections() {
		subject = jdbc.sql("""
				insert into market_subject (kind, code, name, division_code, street_address, status,
				  registered_by_org_id, registered_at)
				values ('LEGAL_PERSON', ?, '刚察改革测试商行', '632224100', '沙柳河镇测试路1号', 'ACTIVE', ?, now()) returning id""")
			.params("RF" + code().substring(0, 12) + "0001", department).query(Long.class).single();
		long v1 = visit(List.of(bureau, department), "RECORDED", "2026-03-10");
		parts(v1, bureau, department, department);
		parts(visit(List.of(bureau), "RECORDED", "2026-04-01"), bureau);
		visit(List.of(department), "PLANNED", null);
		parts(visit(List.of(bureau, department), "CANCELLED", null), bureau, department);
		parts(visit(List.of(bureau), "RECORDED", "2025-06-01"), bureau);
		parts(visit(List.of(bureau, department), "PLANNED", null, LocalDate.now(clock).plusDays(1).toString()), bureau,
				department);
	}

	private long visit(List<Long> departments, String state, String inspectedOn) {
		return visit(departments, state, inspectedOn, "2026-11-01");
	}

	private long visit(List<Long> departments, String state, String inspectedOn, String plannedFor) {
		boolean recorded = inspectedOn != null;
		String window = recorded ? inspectedOn : plannedFor;
		return jdbc.sql("""
				insert into inspection_visit (subject_id, subject_code, division_code, kind, trigger, lead_department_id,
				  department_ids, window_from, window_until, on_site, code, inspectors, state, created_by, created_at,
				  recorded_by, recorded_at, with_code, inspected_on, outcome)
				values (:subject, (select code from market_subject where id = :subject), '632224100', 'RANDOM', 'ROUTINE',
				  :lead, cast(:departments as bigint[]), cast(:window as date), cast(:window as date), true, :code,
				  '{RF1,RF2}', :state, 0, now(), cast(:by as bigint), cast(:at as timestamptz), cast(:withCode as boolean),
				  cast(:on as date), :outcome) returning id""")
			.param("subject", subject).param("lead", departments.get(0))
			.param("departments", "{" + String.join(",", departments.stream().map(String::valueOf).toList()) + "}")
			.param("window", window).param("code", code()).param("state", state)
			.param("by", recorded ? "0" : null).param("at", recorded ? inspectedOn + "T10:00:00+08:00" : null)
			.param("withCode", recorded ? "true" : null).param("on", inspectedOn)
			.param("outcome", recorded ? "NO_PROBLEM" : null)
			.query(Long.class).single();
	}

	private void parts(long visit, long... departments) {
		for (long d : departments) {
			jdbc.sql("""
					insert into inspection_visit_part (visit_id, department_id, item_ids, window_from, window_until,
					  inspectors, created_at)
					select id, ?, '{}', window_from, window_until, '{RF1}', now() from inspection_visit where id = ?""")
				.params(d, visit).update();
		}
	}

	private static String code() {
		StringBuilder code = new StringBuilder();
		UUID random = UUID.randomUUID();
		long bits = random.getMostSignificantBits() ^ random.getLeastSignificantBits();
		for (int i = 0; i < 12; i++) {
			code.append(CODE_ALPHABET.charAt((int) ((bits >>> (i * 5)) & 31)));
		}
		return code.toString();
	}

	/**
	 * 2026: w1 in A summons the bureau (acknowledged on time, arrived late, resolved on time) and the department
	 * (acknowledged late, arrived on time, resolved on time); w3 in B summons the department, not acknowledged past its
	 * due, arrival and resolution due in 2099 (not decided). A whistle of 2025 does not count. Raised 2, summoned 3;
	 * acknowledged 1 of 3 decided = 33.3 %, arrived 1 of 2 = 50.0 %, resolved 2 of 2 = 100.0 %.
	 */
	private void whistles() {
		long w1 = whistle(TOWN_A, "2026-03-01T10:00:00+08:00");
		summons(w1, bureau, "ENFORCEMENT_BUREAU", "REPORTED", "2026-03-01T10:30:00+08:00", "2026-03-01T11:00:00+08:00",
				"2026-03-10", "2026-03-01T10:20:00+08:00", "2026-03-01T11:30:00+08:00", "2026-03-05T09:00:00+08:00");
		summons(w1, department, "DEPARTMENT", "REPORTED", "2026-03-01T10:30:00+08:00", "2026-03-01T11:00:00+08:00",
				"2026-03-10", "2026-03-01T10:40:00+08:00", "2026-03-01T10:50:00+08:00", "2026-03-08T09:00:00+08:00");
		long w3 = whistle(TOWN_B, "2026-04-01T10:00:00+08:00");
		summons(w3, department, "DEPARTMENT", "SUMMONED", "2026-04-01T10:30:00+08:00", "2099-01-01T11:00:00+08:00",
				"2099-01-10", null, null, null);
		long w2 = whistle(TOWN_A, "2025-12-01T10:00:00+08:00");
		summons(w2, bureau, "ENFORCEMENT_BUREAU", "SUMMONED", "2025-12-01T10:30:00+08:00", "2025-12-01T11:00:00+08:00",
				"2025-12-10", null, null, null);
	}

	private long whistle(String township, String raisedAt) {
		String type = jdbc.sql("select code from whistle_type order by code limit 1").query(String.class).single();
		return jdbc.sql("""
				insert into whistle (township_code, raised_by_org_id, raised_by_account_id, type_code, need, place_code,
				  place_text, report_minutes, arrive_minutes, resolve_working_days, state, raised_at, recorded_at)
				values (?, ?, 0, ?, '改革测试', ?, '测试地点', 30, 60, 5, 'OPEN', cast(? as timestamptz), now()) returning id""")
			.params(township, bureau, type, township, raisedAt).query(Long.class).single();
	}

	private void summons(long whistle, long body, String kind, String state, String reportDue, String arriveDue,
			String resolveDue, String acknowledged, String arrived, String reported) {
		jdbc.sql("""
				insert into whistle_summons (whistle_id, department_id, responder_kind, state, report_due_at, arrive_due_at,
				  resolve_due_on, resolve_provisional, acknowledged_at, arrived_at, reported_at)
				values (?, ?, ?, ?, cast(? as timestamptz), cast(? as timestamptz), cast(? as date), false,
				  cast(? as timestamptz), cast(? as timestamptz), cast(? as timestamptz))""")
			.params(whistle, body, kind, state, reportDue, arriveDue, resolveDue, acknowledged, arrived, reported)
			.update();
	}

	/** The hand-counted figures of 2026, by key (and argument), as the JSON must give them. */
	private Map<String, String> expected() {
		Map<String, String> e = new HashMap<>();
		e.put("posts.authorised", "10");
		e.put("posts.filled", "4");
		e.put("posts.vacant", "6");
		e.put("posts.vacancy-rate", "60.0"); // 6 / 10
		e.put("officers.certified", "1");
		e.put("auxiliaries", "2");
		e.put("auxiliaries.ratio", "50.0"); // 2 / 4
		e.put("stationed", "3");
		e.put("stationed.share", "75.0"); // 3 / 4
		e.put("stationed.target", "60");
		e.put("teams.before", "2");
		e.put("teams.former-people", "20");
		e.put("teams.after", "1");
		e.put("teams.consolidation", "50.0"); // (2 - 1) / 2
		e.put("teams.bureaus", "1");
		e.put("teams.units", "2"); // the brigade and the squad
		e.put("matters.moved", "2");
		e.put("matters.kept", "1");
		e.put("matters.moved.domain|URBAN_MANAGEMENT", "2");
		e.put("empowered.EMPOWERED", "2");
		e.put("empowered.DELEGATED", "1");
		e.put("empowered.STATIONED", "1");
		e.put("empowered.townships", "2");
		e.put("empowered.township.EMPOWERED|" + TOWN_A, "2");
		e.put("empowered.township.DELEGATED|" + TOWN_B, "1");
		e.put("empowered.township.STATIONED|" + TOWN_B, "1");
		e.put("cases.simple", "3");
		e.put("cases.general", "2");
		e.put("cases.simple-share", "60.0"); // 3 / 5
		e.put("cases.filed", "3");
		e.put("inspections.before", "5");
		e.put("inspections.after", "3");
		e.put("inspections.saved", "2");
		e.put("inspections.joint", "2");
		e.put("whistles.raised", "2");
		e.put("whistles.summoned", "3");
		e.put("whistles.acknowledged", "33.3");
		e.put("whistles.arrived", "50.0");
		e.put("whistles.resolved", "100.0");
		e.put("assessment.weight.DEPARTMENT", "30");
		e.put("assessment.weight.ENFORCEMENT_BUREAU", "30");
		e.put("assessment.weight.STATIONED", "60");
		return e;
	}

	@Test
	void everyFigureMatchesTheHandCount() throws Exception {
		JsonNode report = body(mvc.perform(get("/api/v1/analytics/reform-report").param("division", COUNTY)
			.param("year", "2026").with(as("admin"))).andExpect(status().isOk()));
		assertThat(report.get("divisionName").asText()).isEqualTo("刚察县");
		Map<String, String> actual = new HashMap<>();
		for (JsonNode f : report.get("figures")) {
			String key = f.get("key").asText() + (f.get("argument").isNull() ? "" : "|" + f.get("argument").asText());
			actual.put(key, f.get("value").isNull() ? null : f.get("value").decimalValue().toPlainString());
			assertThat(f.get("definition").asText()).isNotBlank().doesNotStartWith("reform.");
			assertThat(f.get("label").asText()).isNotBlank().doesNotStartWith("reform.");
		}
		assertThat(actual).containsExactlyInAnyOrderEntriesOf(expected());
	}

	@Test
	void theWorkbookCarriesTheSameFiguresWithTheirDefinitions() throws Exception {
		byte[] xlsx = mvc.perform(get("/api/v1/analytics/reform-report.xlsx").param("division", COUNTY)
			.param("year", "2026").with(as("admin"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		Map<String, BigDecimal> byLabel = new HashMap<>();
		Map<String, String> definitions = new HashMap<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Row row : workbook.getFirstSheet().read()) {
				if (row.getRowNum() > 4 && row.getCellCount() >= 5) {
					row.getCellAsNumber(2).ifPresent(v -> byLabel.put(row.getCellText(1), v));
					definitions.put(row.getCellText(1), row.getCellText(4));
				}
			}
		}
		assertThat(byLabel.get("核定编制")).isEqualByComparingTo("10");
		assertThat(byLabel.get("空编率")).isEqualByComparingTo("60.0");
		assertThat(byLabel.get("下沉比例")).isEqualByComparingTo("75.0");
		assertThat(byLabel.get("整合前执法队伍")).isEqualByComparingTo("2");
		assertThat(byLabel.get("划转事项：城市管理")).isEqualByComparingTo("2");
		assertThat(byLabel.get("刚察县·沙柳河镇：赋权")).isEqualByComparingTo("2");
		assertThat(byLabel.get("简易程序案件")).isEqualByComparingTo("3");
		assertThat(byLabel.get("合并前检查（部门检查项）")).isEqualByComparingTo("5");
		assertThat(byLabel.get("合并后检查（实际上门）")).isEqualByComparingTo("3");
		assertThat(byLabel.get("按时报到率")).isEqualByComparingTo("33.3");
		assertThat(byLabel).hasSize(expected().size());
		assertThat(definitions.get("空编率")).contains("核定编制");
	}

	@Test
	void thePdfCarriesTheFiguresAndTheirDefinitions() throws Exception {
		byte[] pdf = mvc.perform(get("/api/v1/analytics/reform-report.pdf").param("division", COUNTY)
			.param("year", "2026").with(as("admin"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		String text = PdfText.of(pdf);
		assertThat(text).contains("综合行政执法改革情况报告", "刚察县2026", "核定编制：10", "空编率：60.0%", "下沉比例：75.0%",
				"整合前执法队伍：2", "整合后执法队伍：1", "划转综合执法局的事项：2", "刚察县·哈尔盖镇：委托：1", "简易程序案件：3",
				"普通程序案件：2", "合并前检查（部门检查项）：5", "合并后检查（实际上门）：3", "联合检查：2", "按时办结率：100.0%",
				"乡镇评价在派驻机构考核中的权重：60%", "空编÷核定编制",
				"按" + LocalDate.now(clock) + "（今日）的登记计算");
	}

	@Test
	void aCountyHeadGetsNoOtherCountyAndTheLeaderGetsHaixi() throws Exception {
		mvc.perform(get("/api/v1/analytics/reform-report").param("division", "632803").param("year", "2026")
			.with(as("dlh.head")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:reform.division-outside-jurisdiction"));
		mvc.perform(get("/api/v1/analytics/reform-report").param("division", COUNTY).param("year", "2026")
			.with(as("hx.leader")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/analytics/reform-report").param("division", "6328").param("year", "2026")
			.with(as("hx.leader")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.divisionName").value("海西蒙古族藏族自治州"));
		mvc.perform(get("/api/v1/analytics/reform-report").param("division", "632802").param("year", "2026")
			.with(as("dlh.officer1")))
			.andExpect(status().isForbidden());
	}

	/**
	 * 海西's demo: 8 + 8 + 5 + 8 + 8 + 7 + 4 = 48 former teams absorbed by its 7 bureaus, with 4 × 53 (all eight) + 41
	 * (five) + 50 (seven) + 36 (four) = 339 people; the report is printed for the closing note.
	 */
	@Test
	void theDemoReportOfHaixi() throws Exception {
		JsonNode report = body(mvc.perform(get("/api/v1/analytics/reform-report").param("division", "6328")
			.param("year", "2026").with(as("hx.leader"))).andExpect(status().isOk()));
		Map<String, String> figures = new HashMap<>();
		StringBuilder printed = new StringBuilder("Reform report of 海西州, 2026, counted on " + report.get("day").asText());
		for (JsonNode f : report.get("figures")) {
			figures.put(f.get("key").asText(), f.get("value").isNull() ? null : f.get("value").decimalValue().toPlainString());
			printed.append("\n  ").append(f.get("label").asText()).append(": ")
				.append(f.get("value").isNull() ? "—" : f.get("value").decimalValue().toPlainString());
		}
		LoggerFactory.getLogger(ReformReportTests.class).info(printed.toString());
		assertThat(figures).containsEntry("teams.before", "48").containsEntry("teams.after", "7")
			.containsEntry("teams.former-people", "339").containsEntry("teams.bureaus", "7");
		// the people of 海西 change as other tests of the JVM register theirs: the report's posts are the staffing
		// figures of the same day, whatever they are by now
		var staff = staffing.report(DivisionCode.of("6328"), LocalDate.parse(report.get("day").asText()),
				JurisdictionScope.nationwide()).total();
		assertThat(figures).containsEntry("posts.authorised", String.valueOf(staff.authorised()))
			.containsEntry("posts.filled", String.valueOf(staff.filled()))
			.containsEntry("officers.certified", String.valueOf(staff.certifiedOfficers()));
	}

	@Test
	void aYearOutOfRangeIsABadRequest() throws Exception {
		for (String year : List.of("1999", String.valueOf(LocalDate.now(clock).getYear() + 1))) {
			mvc.perform(get("/api/v1/analytics/reform-report").param("division", "6328").param("year", year)
				.with(as("hx.leader")))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.type").value("urn:oneteam:problem:reform.year-out-of-range"))
				.andExpect(jsonPath("$.title").value("年度超出范围"));
		}
	}

	@Test
	void thePageShowsTheFiguresWithChartsAndDownloads() throws Exception {
		String html = mvc.perform(get("/analytics/reform-report").param("division", COUNTY).param("year", "2026")
			.with(as("admin"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("reform-chart-data", "/js/reform-report.js", "reform-report.xlsx?division=632224",
				"data-figure=\"posts.vacancy-rate\"", "60.0 %", "空编 ÷ 核定编制");
	}

	/**
	 * A past year is counted on its last day, but the posts and assignments stay today's (said in the report): 2025 has
	 * the one visit of 2025 (1 part), the simple decision of 2025-12-31 and no general decision (100 % simple), p5 still
	 * in post (5 filled), p2's and p3's certificates still valid (3 certified), both teams merged by then.
	 */
	@Test
	void aPastYearIsCountedOnItsLastDayWithTodaysPosts() throws Exception {
		JsonNode report = body(mvc.perform(get("/api/v1/analytics/reform-report").param("division", COUNTY)
			.param("year", "2025").with(as("admin"))).andExpect(status().isOk()));
		assertThat(report.get("day").asText()).isEqualTo("2025-12-31");
		assertThat(report.get("staffingAsOf").asText()).isEqualTo(LocalDate.now(clock).toString());
		Map<String, String> figures = values(report);
		assertThat(figures).containsEntry("inspections.before", "1").containsEntry("inspections.after", "1")
			.containsEntry("inspections.saved", "0").containsEntry("cases.simple", "1").containsEntry("cases.general", "0")
			.containsEntry("cases.simple-share", "100.0").containsEntry("posts.filled", "5")
			.containsEntry("posts.authorised", "10").containsEntry("officers.certified", "3")
			.containsEntry("teams.before", "2");
	}

	/** The visit planned for tomorrow counts once the day is the year's end, not on today's report. */
	@Test
	void theCurrentYearStopsAtToday() {
		LocalDate today = LocalDate.now(clock);
		LocalDate tomorrow = today.plusDays(1);
		assumeTrue(tomorrow.getYear() == today.getYear(), "not on 31 December");
		actingAs("hx.leader", () -> {
			InspectionBurden.Merging yearEnd = burden.merging(DivisionCode.of(COUNTY), LocalDate.of(today.getYear(), 12, 31));
			InspectionBurden.Merging cut = burden.merging(DivisionCode.of(COUNTY), today);
			assertThat(yearEnd.visits() - cut.visits()).isEqualTo(1);
			assertThat(yearEnd.parts() - cut.parts()).isEqualTo(2);
			return null;
		});
	}

	/** One gate per public service method (docs/adr/0009-who-may-do-what.md): case:read alone does not open it. */
	@Test
	void mergingIsGatedLikeTheReport() {
		SecurityContextHolder.getContext().setAuthentication(
				new TestingAuthenticationToken("rf", null, "case:read"));
		try {
			assertThatThrownBy(
					() -> burden.merging(DivisionCode.of(COUNTY), LocalDate.now(clock)))
				.isInstanceOf(AccessDeniedException.class);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/**
	 * 大通 and 湟源 both have a 城关镇: on 西宁's report they are two figures, told apart by the code and labelled with the
	 * county (大通 stationed urban1; 湟源 stationed urban1 and urban2).
	 */
	@Test
	void townshipsOfTheSameNameInTwoCountiesStayApart() throws Exception {
		empowerment("630121101", urban1, "STATIONED", null);
		empowerment("630123100", urban1, "STATIONED", null);
		empowerment("630123100", urban2, "STATIONED", null);
		JsonNode report = body(mvc.perform(get("/api/v1/analytics/reform-report").param("division", "6301")
			.param("year", String.valueOf(LocalDate.now(clock).getYear())).with(as("admin"))).andExpect(status().isOk()));
		Map<String, String> labels = new HashMap<>();
		Map<String, String> values = new HashMap<>();
		for (JsonNode f : report.get("figures")) {
			if (f.get("key").asText().equals("empowered.township.STATIONED")) {
				labels.put(f.get("argument").asText(), f.get("label").asText());
				values.put(f.get("argument").asText(), f.get("value").decimalValue().toPlainString());
			}
		}
		assertThat(labels).containsEntry("630121101", "大通回族土族自治县·城关镇：派驻")
			.containsEntry("630123100", "湟源县·城关镇：派驻");
		assertThat(values).containsEntry("630121101", "1").containsEntry("630123100", "2");
	}

	/** 海晏县 has nothing recorded: every rate has no base and is null in the JSON, "—" on the page. */
	@Test
	void aRateWithoutABaseIsNone() throws Exception {
		JsonNode report = body(mvc.perform(get("/api/v1/analytics/reform-report").param("division", "632223")
			.param("year", "2026").with(as("admin"))).andExpect(status().isOk()));
		for (JsonNode f : report.get("figures")) {
			if (List.of("posts.vacancy-rate", "auxiliaries.ratio", "stationed.share", "teams.consolidation",
					"cases.simple-share").contains(f.get("key").asText())) {
				assertThat(f.get("value").isNull()).as(f.get("key").asText()).isTrue();
			}
		}
		String html = mvc.perform(get("/analytics/reform-report").param("division", "632223").param("year", "2026")
			.with(as("admin"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).containsPattern("data-figure=\"posts.vacancy-rate\">\\s*<td>[^<]*</td><td class=\"text-end\">—</td>");
	}

	/**
	 * A bureau of 祁连县 with one authorised post and two in post: vacant −1, vacancy rate −100.0 %, printed as such on
	 * the page and in the PDF, whose bar chart draws no bar below the axis.
	 */
	@Test
	void anOverfilledBodyShowsNegativeVacancies() throws Exception {
		SystemActor.call(() -> {
			long qilian = body("rf-qilian", "祁连县综合行政执法局（测试）", OrganizationKind.ENFORCEMENT_BUREAU, null, "632222");
			staffing.authorisePosts(new OrganizationId(qilian), PostKind.ADMINISTRATIVE, 1, JurisdictionScope.nationwide());
			for (String name : List.of("超编测试甲", "超编测试乙")) {
				officers.register(new NewPerson(new OrganizationId(qilian), null, name, PersonCategory.ESTABLISHMENT,
						PostKind.ADMINISTRATIVE, false, false, null, LocalDate.of(2020, 1, 1)), JurisdictionScope.nationwide());
			}
			return null;
		});
		JsonNode report = body(mvc.perform(get("/api/v1/analytics/reform-report").param("division", "632222")
			.param("year", "2026").with(as("admin"))).andExpect(status().isOk()));
		Map<String, String> figures = values(report);
		assertThat(figures).containsEntry("posts.vacant", "-1").containsEntry("posts.vacancy-rate", "-100.0");
		byte[] pdf = mvc.perform(get("/api/v1/analytics/reform-report.pdf").param("division", "632222")
			.param("year", "2026").with(as("admin"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(PdfText.of(pdf)).contains("空编：-1", "空编率：-100.0%");
	}

	@Test
	void aFormerTeamNameTooLongIsRefusedOnThePageAsInTheApi() throws Exception {
		int before = formerTeams.of(new OrganizationId(bureau), JurisdictionScope.nationwide()).size();
		mvc.perform(post("/organizations/" + bureau + "/former-teams").param("name", "队".repeat(201))
			.param("formerDepartment", "刚察县测试局").param("people", "3").param("mergedOn", "2020-01-01")
			.with(as("admin")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("error"));
		assertThat(formerTeams.of(new OrganizationId(bureau), JurisdictionScope.nationwide())).hasSize(before);
	}

	/** The page's own division: one division's viewer gets it; nationwide or nothing to default to, the form and a prompt. */
	@Test
	void thePageDefaultsToTheViewersDivisionOrPrompts() throws Exception {
		String leader = mvc.perform(get("/analytics/reform-report").with(as("hx.leader"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(leader).contains("海西蒙古族藏族自治州", "reform-chart-data").doesNotContain("reform-prompt");
		String admin = mvc.perform(get("/analytics/reform-report").with(as("admin"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(admin).contains("reform-prompt", "请输入区划代码").doesNotContain("reform-chart-data");
		ScopedPrincipal nowhere = new Nowhere(-17, "rf.nowhere", 0, JurisdictionScope.of(List.of()));
		ExtendedModelMap model = new ExtendedModelMap();
		SecurityContextHolder.getContext().setAuthentication(
				new TestingAuthenticationToken(nowhere, null, "dashboard:view"));
		try {
			assertThat(page.page(null, null, nowhere, Locale.SIMPLIFIED_CHINESE, model))
				.isEqualTo("analytics/reform-report");
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		assertThat(model).doesNotContainKey("report").containsEntry("division", null);
	}

	private record Nowhere(long accountId, String username, long organizationId, JurisdictionScope jurisdiction)
			implements ScopedPrincipal {
	}

	/** The figures of a report's JSON by key (the first of a repeated key), as plain strings. */
	private static Map<String, String> values(JsonNode report) {
		Map<String, String> figures = new HashMap<>();
		for (JsonNode f : report.get("figures")) {
			figures.putIfAbsent(f.get("key").asText(),
					f.get("value").isNull() ? null : f.get("value").decimalValue().toPlainString());
		}
		return figures;
	}
}
