package cn.oneteam.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import cn.oneteam.IntegrationTest;
import cn.oneteam.catalog.PenaltyKind;
import cn.oneteam.identity.SystemActor;
import cn.oneteam.organization.BodyType;
import cn.oneteam.organization.NewOrganization;
import cn.oneteam.organization.OrganizationKind;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.EnforcementDomain;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * 行政执法统计年报 (docs/adr/0045-annual-enforcement-statistics.md): a body of the test's own with known records of a past
 * year — general cases (one with a fine paid in instalments across the year's end, a hearing, a reconsideration and a
 * seizure; one filed in the year and decided the next, sent to the judicial organs; one without penalty), simple
 * decisions on the year's first and last edges, a joint drawn inspection and a targeted one, a complaint — and its
 * report checked figure by figure, zeros present; a published report that later records do not change, and a
 * re-publication that is a new version, of one named body, never lost to a concurrent one; a year not ended refused;
 * the scan that publishes on the configured day of January and not before, on time or late.
 */
class AnnualStatisticsTests extends IntegrationTest {

	private static final String CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Organizations organizations;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private StatisticsScan scan;

	@Autowired
	private EnforcementStatistics statistics;

	/** A department of 德令哈 of the test's own (no person is added to a demo bureau). */
	private long freshBody() {
		String code = "t-st-" + UUID.randomUUID().toString().substring(0, 8);
		return SystemActor.call(() -> organizations.register(new NewOrganization(code, "统计测试局" + code,
				OrganizationKind.DEPARTMENT, BodyType.OWN_POWER, DivisionCode.of("632802"), null, List.of()),
				JurisdictionScope.nationwide())).id().value();
	}

	@Test
	void aPastYearsReportCountsEveryFigureFromTheRecordsWithZerosPresentAndStaysAsPublished() throws Exception {
		long body = freshBody();
		String urban = "DEMO-DQ-118-1"; // 城市管理 in the demo catalogue
		String other = jdbc.sql("select code from matter where domain <> 'URBAN_MANAGEMENT' order by code limit 1")
			.query(String.class).single();
		EnforcementDomain otherDomain = EnforcementDomain.valueOf(jdbc.sql("select domain from matter where code = ?")
			.param(other).query(String.class).single());

		// general case A: filed, heard, decided with a fine and an order, paid in two instalments (one in 2025)
		long a = generalCase(body, urban, "2024-03-01", "PENALTY", "2024-06-10", "{FINE,ORDER_SUSPENSION}", "12345.67");
		jdbc.sql("update penalty_case set hearing_held = true, hearing_on = '2024-05-20', paid_amount = 12345.67, "
				+ "paid_on = '2025-01-15' where id = ?").param(a).update();
		jdbc.sql("insert into case_instalment (case_id, seq, due_on, amount, paid_on) values (?, 1, '2024-08-01', "
				+ "5000.00, '2024-08-01'), (?, 2, '2025-01-15', 7345.67, '2025-01-15')").params(a, a).update();
		jdbc.sql("insert into case_remedy (case_id, kind, from_on, to_on) values (?, 'RECONSIDERATION', '2024-07-15', "
				+ "'2024-09-01'), (?, 'LITIGATION', '2025-02-01', null)").params(a, a).update();
		long clock = jdbc.sql("insert into case_clock (case_id, kind, unit, started_on, length_units, due_on, state, "
				+ "ended_on) values (?, 'SEIZURE', 'DAYS', '2024-04-01', 30, '2024-05-01', 'MET', '2024-04-20') "
				+ "returning id").param(a).query(Long.class).single();
		jdbc.sql("insert into case_measure (case_id, kind, items, reason, started_on, clock_id, certificates, ended_on) "
				+ "values (?, 'SEAL', '{设备}', '统计测试', '2024-04-01', ?, '{T1,T2}', '2024-04-20')")
			.params(a, clock).update();
		// general case B: filed in the year, sent to the public security organ, decided the next year
		long b = generalCase(body, urban, "2024-11-01", "PENALTY", "2025-03-01", "{FINE}", "900.00");
		jdbc.sql("insert into case_transfer (case_id, kind, receiver, reason, reported_on, sent_at) values (?, "
				+ "'JUDICIARY', '德令哈市公安局', '涉嫌犯罪', '2024-11-28', '2024-11-30T10:00:00+08:00')").param(b).update();
		// general case C: no penalty
		generalCase(body, urban, "2024-02-01", "NO_PENALTY", "2024-08-01", "{}", null);
		// simple decisions: a fine paid on the spot, a warning on the year's last day, one on the next year's first
		simpleCase(body, urban, "2024-01-01", "{FINE}", "200.00", true);
		simpleCase(body, other, "2024-12-31", "{WARNING}", null, false);
		simpleCase(body, urban, "2025-01-01", "{FINE}", "50.00", true);
		// inspections: a drawn visit with another department, a targeted one finding a clue, one only planned
		long partner = freshBody();
		visit(body, partner, "RANDOM", "RECORDED", "2024-04-02", "NO_PROBLEM");
		visit(body, null, "TARGETED", "RECORDED", "2024-08-08", "CASE_CLUE");
		visit(body, null, "TARGETED", "PLANNED", null, null);
		// a complaint about the body
		jdbc.sql("""
				insert into supervision_complaint (tracking_number, channel, complainant_name, complainant_phone, body_id,
				  body_seat, facts, state, received_on, received_at, accept_due)
				values (?, 'PUBLIC_FORM', '统计测试人', '13900000000', ?, '632802', '统计测试', 'RECEIVED', '2024-10-10',
				  '2024-10-10T09:00:00+08:00', '2024-10-24')""")
			.params("TST" + UUID.randomUUID().toString().substring(0, 12), body).update();

		// published by the supervising 司法局 for the body now: the year 2024 ended, late by its due day
		mvc.perform(post("/api/v1/disclosure/statistics/2024/publish").with(as("hx.supervisor")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"body\": \"" + body + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].outcome").value("PUBLISHED"))
			.andExpect(jsonPath("$[0].version").value(1))
			.andExpect(jsonPath("$[0].onTime").value(false));

		org.springframework.test.web.servlet.ResultActions answer = mvc.perform(get("/api/v1/public/statistics")
			.param("body", String.valueOf(body)).param("year", "2024")).andExpect(status().isOk());
		JsonNode report = body(answer);
		// money as exact two-decimal JSON numbers
		assertThat(answer.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("\"decided\":12545.67,\"collected\":5200.00");
		assertThat(report.get("year").asInt()).isEqualTo(2024);
		assertThat(report.get("version").asInt()).isEqualTo(1);
		assertThat(report.get("dueOn").asText()).isEqualTo("2025-01-31");
		assertThat(report.get("onTime").asBoolean()).isFalse();
		assertThat(report.get("publishedOn").asText()).isEqualTo(LocalDate.now(ChinaTime.ZONE).toString());
		JsonNode f = report.get("figures");
		JsonNode p = f.get("penalties");
		assertThat(p.get("casesFiled").asLong()).isEqualTo(3);
		assertThat(p.get("simpleDecisions").asLong()).isEqualTo(2);
		assertThat(p.get("generalDecisions").asLong()).isEqualTo(1);
		assertThat(p.get("decidedWithoutPenalty").asLong()).isEqualTo(1);
		for (EnforcementDomain d : EnforcementDomain.values()) {
			long expected = d == EnforcementDomain.URBAN_MANAGEMENT ? 2 : d == otherDomain ? 1 : 0;
			assertThat(p.get("byDomain").get(d.name()).asLong()).as(d.name()).isEqualTo(expected);
		}
		for (PenaltyKind k : PenaltyKind.values()) {
			long expected = switch (k) {
				case FINE -> 2;
				case ORDER_SUSPENSION, WARNING -> 1;
				default -> 0;
			};
			assertThat(p.get("byKind").get(k.name()).asLong()).as(k.name()).isEqualTo(expected);
		}
		assertThat(f.get("fines").get("decided").decimalValue()).isEqualByComparingTo("12545.67");
		assertThat(f.get("fines").get("collected").decimalValue()).isEqualByComparingTo("5200.00");
		assertThat(f.get("remedies").get("hearingsHeld").asLong()).isEqualTo(1);
		assertThat(f.get("remedies").get("reconsiderations").asLong()).isEqualTo(1);
		assertThat(f.get("remedies").get("lawsuits").asLong()).isZero();
		assertThat(f.get("coercion").get("seals").asLong()).isEqualTo(1);
		assertThat(f.get("coercion").get("impoundments").asLong()).isZero();
		assertThat(f.get("coercion").get("enforcements").asLong()).isZero();
		assertThat(f.get("coercion").get("courtApplications").asLong()).isZero();
		assertThat(f.get("coercion").get("judicialTransfers").asLong()).isEqualTo(1);
		assertThat(f.get("inspections").get("visits").asLong()).isEqualTo(2);
		assertThat(f.get("inspections").get("random").asLong()).isEqualTo(1);
		assertThat(f.get("inspections").get("targeted").asLong()).isEqualTo(1);
		assertThat(f.get("inspections").get("joint").asLong()).isEqualTo(1);
		assertThat(f.get("inspections").get("caseClues").asLong()).isEqualTo(1);
		assertThat(f.get("complaints").get("received").asLong()).isEqualTo(1);
		assertThat(f.get("complaints").get("substantiated").asLong()).isZero();

		// the partner department took part in the joint visit: its own report counts it
		assertThat(statistics.generate(List.of(partner), 2024, LocalDate.of(2024, 12, 31)).get(partner).inspections())
			.isEqualTo(new AnnualFigures.Inspections(1, 1, 0, 1, 0));

		// the open-data file and the page show the same figures
		String csv = mvc.perform(get("/api/v1/public/statistics/2024.csv")).andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFbody_id,body_name,body_seat,year,version,published_on,due_on,on_time,");
		String row = csv.lines().filter(l -> l.startsWith(body + ",")).findFirst().orElseThrow();
		assertThat(row).contains(",2024,1,", ",12545.67,5200.00,1,1,0,1,0,0,0,1,2,1,1,1,1,1,0");
		assertThat(row.split(",")).hasSize(StatisticsCsv.header().size());
		mvc.perform(get("/api/v1/public/statistics/2024"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.bodyId == " + body + ")].figures.remedies.hearingsHeld").value(1));
		mvc.perform(get("/public/statistics").param("body", String.valueOf(body)).param("year", "2024"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2024年度行政执法统计")))
			.andExpect(content().string(containsString("12,545.67")))
			.andExpect(content().string(containsString("逾期公布")));
		mvc.perform(get("/public/statistics").param("body", String.valueOf(body)).param("year", "2024")
			.param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("enforcement statistics 2024")))
			.andExpect(content().string(containsString("Administrative reconsiderations brought")))
			.andExpect(content().string(containsString("Late (due by 2025-01-31)")));

		// a record added later does not change what was published
		simpleCase(body, urban, "2024-10-01", "{FINE}", "300.00", true);
		mvc.perform(get("/api/v1/public/statistics").param("body", String.valueOf(body)).param("year", "2024"))
			.andExpect(jsonPath("$.figures.penalties.simpleDecisions").value(2))
			.andExpect(jsonPath("$.figures.fines.decided").value(12545.67));
		// publishing again without a reason leaves it; with a reason it is a new version of fresh figures
		mvc.perform(post("/api/v1/disclosure/statistics/2024/publish").with(as("hx.supervisor")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"body\": \"" + body + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].outcome").value("ALREADY_PUBLISHED"))
			.andExpect(jsonPath("$[0].version").value(1));
		mvc.perform(post("/api/v1/disclosure/statistics/2024/publish").with(as("hx.supervisor")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"body\": \"" + body + "\", \"reason\": \"补录一起简易程序处罚\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].outcome").value("REPUBLISHED"))
			.andExpect(jsonPath("$[0].version").value(2));
		mvc.perform(get("/api/v1/public/statistics").param("body", String.valueOf(body)).param("year", "2024"))
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.reason").value("补录一起简易程序处罚"))
			.andExpect(jsonPath("$.figures.penalties.simpleDecisions").value(3))
			.andExpect(jsonPath("$.figures.fines.decided").value(12845.67))
			.andExpect(jsonPath("$.versions.length()").value(2))
			.andExpect(jsonPath("$.versions[0].reason").doesNotExist());
		mvc.perform(get("/api/v1/public/statistics").param("body", String.valueOf(body)).param("year", "2024")
			.param("version", "1"))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.figures.penalties.simpleDecisions").value(2));
		assertThat(jdbc.sql("select count(*) from disclosure_statistics where body_id = ? and year = 2024")
			.param(body).query(Long.class).single()).isEqualTo(2);
		// the snapshot is never changed in the database either
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc
			.sql("update disclosure_statistics set on_time = true where body_id = ?").param(body).update())
			.hasMessageContaining("never changed");

		// staff preview the year to date, not published
		mvc.perform(get("/api/v1/disclosure/statistics/preview").param("body", String.valueOf(body))
			.param("year", "2024").with(as("hx.supervisor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.yearEnded").value(true))
			.andExpect(jsonPath("$.figures.penalties.simpleDecisions").value(3));
		mvc.perform(get("/api/v1/disclosure/statistics/preview").param("body", String.valueOf(body)))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/disclosure/statistics").param("body", String.valueOf(body)).with(as("hx.supervisor")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("未公布的预览")));
	}

	@Test
	void aYearNotEndedIsRefusedAndBadOrUnpublishedQueriesAreProblems() throws Exception {
		int thisYear = LocalDate.now(ChinaTime.ZONE).getYear();
		for (int year : new int[] { thisYear, thisYear + 1 }) {
			mvc.perform(post("/api/v1/disclosure/statistics/{year}/publish", year).with(as("hx.supervisor"))
				.with(csrf()))
				.andExpect(status().isUnprocessableEntity())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.code").value("disclosure.statistics-year-not-ended"));
		}
		mvc.perform(post("/api/v1/disclosure/statistics/2024/publish").with(as("dlh.officer1")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/disclosure/statistics/2024/publish").with(csrf()))
			.andExpect(status().isUnauthorized());

		long body = freshBody();
		for (String[] query : new String[][] { { "abc", "2024" }, { String.valueOf(body), "24" }, { "", "2024" },
				{ String.valueOf(body), "1999" } }) {
			mvc.perform(get("/api/v1/public/statistics").param("body", query[0]).param("year", query[1]))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.code").value("disclosure.statistics-input"));
		}
		mvc.perform(get("/api/v1/public/statistics/20x4.csv")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/public/statistics").param("body", String.valueOf(body)).param("year", "2023"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("disclosure.statistics-unpublished"));
		mvc.perform(get("/api/v1/public/statistics").param("body", "999999999").param("year", "2023")
			.header("Accept-Language", "en"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.title").value("Statistics not published"));
		mvc.perform(get("/public/statistics").param("body", String.valueOf(body)).param("year", "2023")
			.param("lang", "en"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("have not been published")));
		mvc.perform(get("/public/statistics").param("year", "abcd"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("四位数字的年度")));
	}

	@Test
	void aCorrectionNamesItsBodyAndIsNotLostToAConcurrentOne() throws Exception {
		long body = freshBody();
		// a reason without a body would regenerate every body of the jurisdiction under one reason: refused
		for (String lang : new String[] { "zh-CN", "en" }) {
			mvc.perform(post("/api/v1/disclosure/statistics/2023/publish").with(as("hx.supervisor")).with(csrf())
				.header("Accept-Language", lang).contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\": \"补录\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.code").value("disclosure.statistics-correction-body"))
				.andExpect(jsonPath("$.title").value(lang.equals("en") ? "Choose the body whose report is corrected"
						: "请选择要更正的执法主体"));
		}
		assertThat(jdbc.sql("select count(*) from disclosure_statistics where body_id = ?").param(body)
			.query(Long.class).single()).isZero();

		// two publications computed the same version; the one whose insert finds it taken is not dropped
		AnnualFigures figures = statistics.generate(List.of(body), 2022, LocalDate.of(2022, 12, 31)).get(body);
		OffsetDateTime now = OffsetDateTime.now(ChinaTime.ZONE);
		LocalDate today = now.toLocalDate();
		StatisticsRepository.Stored first = new StatisticsRepository.Stored(body, "统计测试局", "632802", 2022, 1, figures,
				now, today, false, null);
		assertThat(statistics.store(first, null, null).outcome())
			.isEqualTo(EnforcementStatistics.Publication.Outcome.PUBLISHED);
		// the scan that lost version 1: the body has its report now
		EnforcementStatistics.Publication lost = statistics.store(first, null, null);
		assertThat(lost.outcome()).isEqualTo(EnforcementStatistics.Publication.Outcome.ALREADY_PUBLISHED);
		assertThat(lost.version()).isEqualTo(1);
		// corrections that computed a version already taken take the next one, each with its reason (a correction
		// that found no report computed version 1, which carries no reason)
		StatisticsRepository.Stored staleCorrection = new StatisticsRepository.Stored(body, "统计测试局", "632802", 2022,
				1, figures, now, today, false, null);
		EnforcementStatistics.Publication a = statistics.store(staleCorrection, "更正甲", null);
		assertThat(a.outcome()).isEqualTo(EnforcementStatistics.Publication.Outcome.REPUBLISHED);
		assertThat(a.version()).isEqualTo(2);
		StatisticsRepository.Stored concurrent = new StatisticsRepository.Stored(body, "统计测试局", "632802", 2022, 2,
				figures, now, today, false, "更正乙");
		EnforcementStatistics.Publication b = statistics.store(concurrent, "更正乙", null);
		assertThat(b.outcome()).isEqualTo(EnforcementStatistics.Publication.Outcome.REPUBLISHED);
		assertThat(b.version()).isEqualTo(3);
		StatisticsReport report = statistics.published(String.valueOf(body), "2022", null);
		assertThat(report.version()).isEqualTo(3);
		assertThat(report.reason()).isEqualTo("更正乙");
		assertThat(statistics.published(String.valueOf(body), "2022", "2").reason()).isEqualTo("更正甲");
		assertThat(report.versions()).hasSize(3);
	}

	@Test
	void theOpenDataIndexListsTheSetsByAddressFormatAndLocalisedTitleWithTheTerms() throws Exception {
		mvc.perform(get("/api/v1/public/open-data").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.terms").value(containsString("republished free of charge")))
			.andExpect(jsonPath("$.sets[?(@.id == 'statistics-csv')].url").value("/api/v1/public/statistics/{year}.csv"))
			.andExpect(jsonPath("$.sets[?(@.id == 'statistics-csv')].format").value("CSV"))
			.andExpect(jsonPath("$.sets[?(@.id == 'decisions')].url").value("/api/v1/public/decisions"))
			.andExpect(jsonPath("$.sets[?(@.id == 'decisions-atom')].format").value("Atom"))
			.andExpect(jsonPath("$.sets[?(@.id == 'bodies')].title").value("Enforcement bodies"))
			.andExpect(jsonPath("$.sets[?(@.id == 'officers')].url")
				.value("/api/v1/public/officers/{certificateNumber}"));
		mvc.perform(get("/api/v1/public/open-data"))
			.andExpect(jsonPath("$.sets[?(@.id == 'bodies')].title").value("执法主体"))
			.andExpect(jsonPath("$.terms").value(containsString("免费获取和再发布")));
		mvc.perform(get("/public/open-data"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("开放数据")))
			.andExpect(content().string(containsString("/api/v1/public/decisions.atom")));
		mvc.perform(get("/public/open-data").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Penalty decisions feed")));
		// the portal's one entry
		mvc.perform(get("/public")).andExpect(content().string(containsString("id=\"portal-statistics\"")));
	}

	@Test
	void theScanPublishesLastYearsReportsFromThePublishDayOfJanuaryAndNotBeforeOnTimeOrLate() {
		long early = freshBody();
		// 23:59 on 31 December in Beijing: the year 2090 has not ended
		scan.scan(Clock.fixed(Instant.parse("2090-12-31T15:59:00Z"), ZoneOffset.UTC));
		assertUnpublished(early, 2090);
		// the year has ended, but January's entries for it are still being made: not on 1 January
		scan.scan(Clock.fixed(Instant.parse("2090-12-31T16:00:00Z"), ZoneOffset.UTC));
		assertUnpublished(early, 2090);
		// 23:59 on 19 January in Beijing, the day before publish-from-day (20): still nothing
		scan.scan(Clock.fixed(Instant.parse("2091-01-19T15:59:00Z"), ZoneOffset.UTC));
		assertUnpublished(early, 2090);
		// midnight of 20 January in Beijing (still 19 January in UTC): published, on time
		int published = scan.scan(Clock.fixed(Instant.parse("2091-01-19T16:00:00Z"), ZoneOffset.UTC));
		assertThat(published).isPositive();
		StatisticsReport report = statistics.published(String.valueOf(early), "2090", null);
		assertThat(report.version()).isEqualTo(1);
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2091, 1, 20));
		assertThat(report.onTime()).isTrue();
		assertThat(report.reason()).isNull();
		assertThat(report.figures().penalties().byKind()).hasSize(PenaltyKind.values().length).containsValue(0L);

		// a body registered later is published by the next scan, after the due day: late; the first keeps its version
		long late = freshBody();
		assertThat(scan.scan(Clock.fixed(Instant.parse("2091-02-01T02:00:00Z"), ZoneOffset.UTC))).isEqualTo(1);
		StatisticsReport lateReport = statistics.published(String.valueOf(late), "2090", null);
		assertThat(lateReport.publishedOn()).isEqualTo(LocalDate.of(2091, 2, 1));
		assertThat(lateReport.onTime()).isFalse();
		assertThat(statistics.published(String.valueOf(early), "2090", null).versions()).hasSize(1);
		assertThat(scan.scan(Clock.fixed(Instant.parse("2091-03-01T02:00:00Z"), ZoneOffset.UTC))).isZero();
	}

	private void assertUnpublished(long body, int year) {
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> statistics.published(String.valueOf(body),
				String.valueOf(year), null))
			.isInstanceOfSatisfying(RuleViolation.class,
					v -> assertThat(v.code()).isEqualTo("disclosure.statistics-unpublished"));
	}

	private long generalCase(long body, String matter, String filedOn, String outcome, String decidedOn, String kinds,
			String fine) {
		return jdbc.sql("""
				insert into penalty_case (procedure, stage, matter_code, matter_version, place_code, acting_org_id,
				  name_org_id, enforcement_mode, party_type, party_name, facts, penalty_kinds, fine, decided_on,
				  recorded_by, recorded_at, filed_on, outcome)
				values ('GENERAL', 'CLOSED', :matter, 1, '632802', :body, :body, 'OWN_POWER', 'ORGANISATION', '统计测试公司',
				  '统计测试', cast(:kinds as varchar(40)[]), cast(:fine as numeric), cast(:decided as date), 0, now(),
				  cast(:filed as date), :outcome)
				returning id""")
			.param("matter", matter).param("body", body).param("kinds", kinds).param("fine", fine)
			.param("decided", decidedOn).param("filed", filedOn).param("outcome", outcome)
			.query(Long.class).single();
	}

	private void simpleCase(long body, String matter, String decidedOn, String kinds, String fine, boolean paid) {
		jdbc.sql("""
				insert into penalty_case (procedure, stage, matter_code, matter_version, place_code, acting_org_id,
				  name_org_id, enforcement_mode, party_type, party_name, facts, penalty_kinds, fine, decided_on,
				  recorded_by, recorded_at, paid_amount, paid_on)
				values ('SIMPLE', 'DECIDED', :matter, 1, '632802', :body, :body, 'OWN_POWER', 'NATURAL_PERSON', '统计测试人',
				  '统计测试', cast(:kinds as varchar(40)[]), cast(:fine as numeric), cast(:decided as date), 0, now(),
				  cast(:paid as numeric), cast(:paidOn as date))""")
			.param("matter", matter).param("body", body).param("kinds", kinds).param("fine", fine)
			.param("decided", decidedOn).param("paid", paid ? fine : null).param("paidOn", paid ? decidedOn : null)
			.update();
	}

	private void visit(long body, Long partner, String kind, String state, String inspectedOn, String outcome) {
		long subject = jdbc.sql("select id from market_subject where division_code like '632802%' order by id limit 1")
			.query(Long.class).single();
		String subjectCode = jdbc.sql("select code from market_subject where id = ?").param(subject)
			.query(String.class).single();
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 12; i++) {
			code.append(CODE_ALPHABET.charAt(ThreadLocalRandom.current().nextInt(CODE_ALPHABET.length())));
		}
		boolean recorded = inspectedOn != null;
		jdbc.sql("""
				insert into inspection_visit (subject_id, subject_code, division_code, kind, trigger, lead_department_id,
				  department_ids, window_from, window_until, on_site, code, inspectors, state, created_by, created_at,
				  recorded_by, recorded_at, with_code, inspected_on, outcome)
				values (:subject, :subjectCode, '632802', :kind, :trigger, :body, cast(:departments as bigint[]),
				  '2024-01-02', '2024-12-30', true, :code, '{T1,T2}', :state, 0, now(),
				  cast(:by as bigint), cast(:at as timestamptz), cast(:withCode as boolean), cast(:on as date), :outcome)""")
			.param("subject", subject).param("subjectCode", subjectCode).param("kind", kind)
			.param("trigger", kind.equals("RANDOM") ? "ROUTINE" : "COMPLAINT").param("body", body)
			.param("departments", partner == null ? "{" + body + "}" : "{" + body + "," + partner + "}")
			.param("code", code.toString()).param("state", state)
			.param("by", recorded ? "0" : null).param("at", recorded ? inspectedOn + "T10:00:00+08:00" : null)
			.param("withCode", recorded ? "true" : null).param("on", inspectedOn).param("outcome", outcome)
			.update();
	}
}
