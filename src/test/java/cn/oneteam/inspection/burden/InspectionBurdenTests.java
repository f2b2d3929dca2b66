package cn.oneteam.inspection.burden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import cn.oneteam.IntegrationTest;
import cn.oneteam.credit.CreditClass;
import cn.oneteam.identity.Accounts;
import cn.oneteam.identity.SystemActor;
import cn.oneteam.inspection.InspectionInputs;
import cn.oneteam.inspection.InspectionItem;
import cn.oneteam.inspection.InspectionItems;
import cn.oneteam.inspection.InspectionPlan;
import cn.oneteam.inspection.InspectionTask;
import cn.oneteam.inspection.InspectionTasks;
import cn.oneteam.inspection.ItemMethod;
import cn.oneteam.inspection.StratumRule;
import cn.oneteam.inspection.TaskPopulation;
import cn.oneteam.inspection.visit.PlannedPart;
import cn.oneteam.inspection.visit.VisitCounts;
import cn.oneteam.inspection.visit.VisitKind;
import cn.oneteam.inspection.visit.VisitOutcome;
import cn.oneteam.inspection.visit.Visits;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.CreditCode;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.subject.LicenceInputs;
import cn.oneteam.subject.LicenceSource;
import cn.oneteam.subject.Licences;
import cn.oneteam.subject.SubjectInputs;
import cn.oneteam.subject.SubjectKind;
import cn.oneteam.subject.Subjects;
import cn.oneteam.subject.quiet.InspectionCap;
import cn.oneteam.subject.quiet.InspectionTrigger;
import cn.oneteam.subject.quiet.QuietInputs;
import cn.oneteam.subject.quiet.QuietPeriods;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The inspections a subject has had in a year (joint visits once per department, cancelled ones and other years not),
 * fed to the quiet check so that a reached cap keeps a subject out of a task's population; the burden figures exact on
 * visits made in 都兰县 (which the demo leaves empty), each test in a township and a year of its own; the alerts at
 * their boundaries (docs/adr/0031-inspection-burden.md).
 */
class InspectionBurdenTests extends IntegrationTest {

	/** 海西州's enforcement supervisor: case:read over the whole prefecture. */
	private static final String PREFECTURE = "hx.supervisor";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Accounts accounts;

	@Autowired
	private Organizations organizations;

	@Autowired
	private Subjects subjects;

	@Autowired
	private Licences licences;

	@Autowired
	private Visits visits;

	@Autowired
	private VisitCounts counts;

	@Autowired
	private QuietPeriods quiet;

	@Autowired
	private InspectionItems items;

	@Autowired
	private InspectionTasks tasks;

	private ScopedPrincipal operator() {
		return ScopedPrincipal.nationwide(accounts.idOf("admin").orElseThrow(), "admin",
				organizations.findByCode("platform").orElseThrow().id().value());
	}

	private long department(String code) {
		return organizations.findByCode(code).orElseThrow().id().value();
	}

	private long market() {
		return department("632802-scjg");
	}

	private long ecology() {
		return department("632802-sthj");
	}

	private long bureau() {
		return department("632822-zhzf");
	}

	private static String randomCode(String prefix) {
		StringBuilder digits = new StringBuilder(prefix);
		while (digits.length() < 16) {
			digits.append(ThreadLocalRandom.current().nextInt(10));
		}
		return CreditCode.complete(digits.toString()).value();
	}

	/** A new active company in the township, with a licence of the issuer when one is given. */
	private long subject(String township, String issuer) {
		String code = randomCode("91" + township.substring(0, 6));
		return SystemActor.call(() -> {
			long id = subjects.register(new SubjectInputs.Registration(SubjectKind.LEGAL_PERSON, code, "检查负担测试有限公司",
					township, "测试路 1 号", null, null), operator()).id();
			if (issuer != null) {
				licences.record(id, new LicenceInputs.Licence("食品经营许可证", "JY" + code.substring(2, 16), issuer,
						"测试发证机关", LocalDate.now().minusDays(1), LocalDate.now().plusYears(40), null),
						LicenceSource.MANUAL, operator());
			}
			return id;
		});
	}

	private String code(long subject) {
		return jdbc.sql("select code from market_subject where id = ?").param(subject).query(String.class).single();
	}

	/** One visit of a department, planned through the contract, with a five-day window from the day. */
	private long visit(long subject, long department, LocalDate from, VisitKind kind, InspectionTrigger trigger) {
		String division = jdbc.sql("select division_code from market_subject where id = ?").param(subject)
			.query(String.class).single();
		PlannedPart part = new PlannedPart(subject, code(subject), division, null, null, department, List.of(), from,
				from.plusDays(4), true, trigger, List.of());
		return visits.plan(List.of(part), kind, "检查负担测试", accounts.idOf("admin").orElseThrow()).get(0).id();
	}

	private long visit(long subject, long department, LocalDate from) {
		return visit(subject, department, from, VisitKind.RANDOM, InspectionTrigger.ROUTINE);
	}

	/** A joint visit (综合查一次): the other departments take part in it, each with its own part. */
	private long joint(long subject, LocalDate from, long lead, long... others) {
		long id = visit(subject, lead, from);
		for (long other : others) {
			jdbc.sql("update inspection_visit set department_ids = department_ids || ?::bigint where id = ?")
				.params(other, id).update();
			jdbc.sql("""
					insert into inspection_visit_part (visit_id, department_id, item_ids, window_from, window_until,
					  inspectors, created_at) values (?, ?, '{}', ?, ?, '{}', now())""")
				.params(id, other, from, from.plusDays(4)).update();
		}
		return id;
	}

	private void record(long visit, LocalDate on, VisitOutcome outcome) {
		jdbc.sql("""
				update inspection_visit set state = 'RECORDED', recorded_by = ?, recorded_at = ?, with_code = true,
				  inspected_on = ?, outcome = ? where id = ?""")
			.params(accounts.idOf("admin").orElseThrow(), OffsetDateTime.now(), on, outcome.name(), visit).update();
	}

	private void cancel(long visit) {
		jdbc.sql("update inspection_visit set state = 'CANCELLED' where id = ?").param(visit).update();
	}

	private void cap(String body, int year, int cap, InspectionCap.OnReach onReach, Set<InspectionTrigger> exempt) {
		SystemActor.call(() -> quiet.setCap(new QuietInputs.Cap(InspectionCap.Scope.BODY, body, year, cap, onReach,
				exempt, "检查负担测试上限"), operator()));
	}

	private JsonNode answer(String user, String path, Object... params) throws Exception {
		return json.readTree(mvc.perform(get(path, params).with(as(user))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString());
	}

	@Test
	void aJointVisitCountsOnceForEachDepartmentAndCancelledOrOtherYearsNot() {
		int year = 2046;
		long subject = subject("632822102", null);
		visit(subject, market(), LocalDate.of(year, 3, 1));
		joint(subject, LocalDate.of(year, 5, 1), market(), ecology());
		visit(subject, ecology(), LocalDate.of(year, 7, 1), VisitKind.TARGETED, InspectionTrigger.COMPLAINT);
		cancel(visit(subject, market(), LocalDate.of(year, 8, 1)));
		// planned in the year before, inspected in this one: counts on the day inspected
		record(visit(subject, market(), LocalDate.of(year - 1, 12, 20)), LocalDate.of(year, 1, 5), VisitOutcome.NO_PROBLEM);
		// planned in this year, inspected in the next: not this year's
		record(visit(subject, market(), LocalDate.of(year, 12, 20)), LocalDate.of(year + 1, 1, 3), VisitOutcome.NO_PROBLEM);

		assertThat(counts.made(subject, market(), year, Set.of())).isEqualTo(3);
		assertThat(counts.made(subject, ecology(), year, Set.of())).isEqualTo(2);
		assertThat(counts.made(subject, ecology(), year, Set.of(InspectionTrigger.COMPLAINT))).isEqualTo(1);
		assertThat(counts.made(subject, market(), year + 1, Set.of())).isEqualTo(1);
		assertThat(counts.made(subject, bureau(), year, Set.of())).isZero();
		assertThat(counts.made(List.of(subject), market(), year - 1, Set.of())).isEmpty();
	}

	@Test
	void aSubjectAtItsCapIsLeftOutOfThePopulationAndStaysInWhenTheCapOnlyWarns() {
		int year = 2047;
		String issuer = randomCode("11632802");
		long atCap = subject("632802100", issuer);
		long belowCap = subject("632802100", issuer);
		long exemptVisits = subject("632802100", issuer);
		long jointAtCap = subject("632802100", issuer);
		long otherDepartment = subject("632802100", issuer);
		visit(atCap, market(), LocalDate.of(year, 1, 5));
		visit(atCap, market(), LocalDate.of(year, 2, 5));
		visit(belowCap, market(), LocalDate.of(year, 1, 5));
		visit(exemptVisits, market(), LocalDate.of(year, 1, 5), VisitKind.TARGETED, InspectionTrigger.COMPLAINT);
		visit(exemptVisits, market(), LocalDate.of(year, 2, 5), VisitKind.TARGETED, InspectionTrigger.COMPLAINT);
		visit(jointAtCap, market(), LocalDate.of(year, 1, 5));
		joint(jointAtCap, LocalDate.of(year, 2, 5), ecology(), market());
		visit(otherDepartment, ecology(), LocalDate.of(year, 1, 5));
		visit(otherDepartment, ecology(), LocalDate.of(year, 2, 5));
		cap("632802-scjg", year, 2, InspectionCap.OnReach.BLOCK, Set.of(InspectionTrigger.COMPLAINT));

		long task = approvedTask(year, issuer);
		assertThat(candidates(task)).containsExactlyInAnyOrder(belowCap, exemptVisits, otherDepartment);

		cap("632802-scjg", year, 2, InspectionCap.OnReach.WARN, Set.of(InspectionTrigger.COMPLAINT));
		assertThat(candidates(task)).containsExactlyInAnyOrder(atCap, belowCap, exemptVisits, jointAtCap,
				otherDepartment);
		// without the exemption the complaint visits count: the cap is reached
		cap("632802-scjg", year, 2, InspectionCap.OnReach.BLOCK, Set.of());
		assertThat(candidates(task)).containsExactlyInAnyOrder(belowCap, otherDepartment);
	}

	private List<Long> candidates(long task) {
		return tasks.population(task).strata().stream().flatMap(s -> s.candidates().stream())
			.map(TaskPopulation.Candidate::subjectId).toList();
	}

	/** An approved task of the market department over 德令哈, lead market, the issuer's licensees, all of class A. */
	private long approvedTask(int year, String issuer) {
		return SystemActor.call(() -> {
			InspectionItem item = items.create(new InspectionInputs.Item(market(), "检查负担测试事项", "（测试）依据",
					List.of(SubjectKind.LEGAL_PERSON), "经营条件", ItemMethod.ON_SITE, false), operator());
			items.publish(item.id(), operator());
			InspectionPlan plan = tasks.createPlan(new InspectionInputs.Plan(market(), year, year + " 检查负担测试计划",
					market(), List.of(market())), operator());
			InspectionTask task = tasks.createTask(plan.id(), new InspectionInputs.Task("检查负担测试任务", List.of(market()),
					List.of(item.id()), List.of(SubjectKind.LEGAL_PERSON), "632802", List.of(issuer),
					List.of(new StratumRule(CreditClass.A, null, 10)), LocalDate.of(year, 3, 1),
					LocalDate.of(year, 11, 30), null, null), operator());
			return tasks.approve(task.id(), operator()).id();
		});
	}

	@Test
	void theFiguresOfAYearAreExactOverTheSubjectsOfADivision() throws Exception {
		int year = 2048;
		String township = "632822100";
		long s1 = subject(township, null);
		long s2 = subject(township, null);
		long s3 = subject(township, null);
		long s4 = subject(township, null);
		subject(township, null);
		record(visit(s1, market(), LocalDate.of(year, 3, 1)), LocalDate.of(year, 3, 2), VisitOutcome.NO_PROBLEM);
		record(joint(s1, LocalDate.of(year, 4, 10), market(), ecology()), LocalDate.of(year, 4, 11),
				VisitOutcome.CORRECTION_ORDERED);
		visit(s1, ecology(), LocalDate.of(year, 3, 20), VisitKind.TARGETED, InspectionTrigger.COMPLAINT);
		record(joint(s2, LocalDate.of(year, 5, 1), market(), ecology(), bureau()), LocalDate.of(year, 5, 3),
				VisitOutcome.CASE_CLUE);
		visit(s2, market(), LocalDate.of(year + 1, 1, 5));
		record(visit(s3, ecology(), LocalDate.of(year, 6, 1)), LocalDate.of(year, 6, 1), VisitOutcome.NO_PROBLEM);
		cancel(visit(s3, market(), LocalDate.of(year, 11, 1)));
		visit(s4, market(), LocalDate.of(year, 7, 1));
		visit(s4, market(), LocalDate.of(year, 8, 1));
		visit(s4, market(), LocalDate.of(year, 10, 1));

		JsonNode figures = answer(PREFECTURE, "/api/v1/inspections/burden?year={y}&division={d}", year, township);
		assertThat(figures.get("subjects").asInt()).isEqualTo(5);
		assertThat(figures.get("visits").asInt()).isEqualTo(8);
		assertThat(figures.get("parts").asInt()).isEqualTo(11);
		assertThat(figures.get("savedByMerging").asInt()).isEqualTo(3);
		assertThat(distribution(figures.get("total"))).containsExactly(1, 2, 0, 2);
		assertThat(figures.get("recorded").asInt()).isEqualTo(4);
		assertThat(figures.get("foundProblem").asInt()).isEqualTo(2);
		assertThat(figures.get("problemPercent").decimalValue()).isEqualByComparingTo(new BigDecimal("50.0"));
		assertThat(figures.get("random").asInt()).isEqualTo(7);
		assertThat(figures.get("targeted").asInt()).isEqualTo(1);
		JsonNode departments = figures.get("byDepartment");
		assertThat(departments).hasSize(3);
		assertThat(department(departments, market()).get("visits").asInt()).isEqualTo(6);
		assertThat(distribution(department(departments, market()).get("distribution"))).containsExactly(2, 1, 1, 1);
		assertThat(department(departments, ecology()).get("visits").asInt()).isEqualTo(4);
		assertThat(distribution(department(departments, ecology()).get("distribution"))).containsExactly(2, 2, 1, 0);
		assertThat(department(departments, bureau()).get("visits").asInt()).isEqualTo(1);
		assertThat(distribution(department(departments, bureau()).get("distribution"))).containsExactly(4, 1, 0, 0);
		assertThat(departments.get(0).get("department").asString()).isEqualTo("德令哈市市场监督管理局");

		// the page shows the same, in both languages, and carries the chart's data as JSON
		String page = mvc.perform(get("/inspections/burden").param("year", String.valueOf(year))
			.param("division", township)
			.with(as(PREFECTURE)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<td id=\"burden-visits\">8</td>")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<td id=\"burden-saved\">3</td>")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("涉企检查负担")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/js/inspection-burden.js")))
			.andReturn().getResponse().getContentAsString();
		String block = page.substring(page.indexOf('>', page.indexOf("id=\"burden-chart-data\"")) + 1);
		JsonNode chart = json.readTree(block.substring(0, block.indexOf("</script>")));
		assertThat(chart.at("/chart/total").toString()).isEqualTo("[1,2,0,2]");
		assertThat(chart.at("/chart/departments/0").asString()).isEqualTo("德令哈市市场监督管理局");
		assertThat(chart.at("/chart/byDepartment/0").toString()).isEqualTo("[2,1,1,1]");
		assertThat(chart.at("/labels")).hasSize(5);
		mvc.perform(get("/inspections/burden").param("year", String.valueOf(year)).param("division", township)
			.param("lang", "en").with(as(PREFECTURE)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Inspection burden on companies")));

		// outside the caller's jurisdiction: refused, and never counted in the caller's own figures (an ecology visit of
		// s1 planned apart from its market one four days earlier, both routine, is an alert: a drawn and a targeted
		// visit never merge, so they are no unmerged pair — docs/adr/0031-inspection-burden.md)
		visit(s1, ecology(), LocalDate.of(year, 3, 5));
		mvc.perform(get("/api/v1/inspections/burden?year={y}&division={d}", year, township).with(as("dlh.officer1")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("inspection.division-outside-jurisdiction"));
		JsonNode own = answer("dlh.officer1", "/api/v1/inspections/alerts/repeat-visits?year={y}", year);
		assertThat(own.findValues("subjectId").stream().map(JsonNode::asLong)).doesNotContain(s1);
		JsonNode prefecture = answer(PREFECTURE, "/api/v1/inspections/alerts/repeat-visits?year={y}", year);
		assertThat(prefecture.findValues("subjectId").stream().map(JsonNode::asLong)).contains(s1);
		mvc.perform(get("/inspections/plans").with(as(PREFECTURE)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/inspections/burden\"")));
		mvc.perform(get("/api/v1/inspections/burden?year=1999").with(as(PREFECTURE)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("inspection.burden-year"));
	}

	private static List<Integer> distribution(JsonNode d) {
		return List.of(d.get("none").asInt(), d.get("one").asInt(), d.get("two").asInt(), d.get("threeOrMore").asInt());
	}

	private static JsonNode department(JsonNode departments, long id) {
		for (JsonNode d : departments) {
			if (d.get("departmentId").asLong() == id) {
				return d;
			}
		}
		throw new AssertionError("no department " + id + " in " + departments);
	}

	@Test
	void repeatVisitsAlertBeyondTheCapOrTheThresholdAndUnmergedVisitsWithinTheDays() throws Exception {
		int year = 2049;
		String township = "632822101";
		cap("632802-scjg", year, 2, InspectionCap.OnReach.WARN, Set.of(InspectionTrigger.COMPLAINT));
		long atCap = subject(township, null);
		long overCap = subject(township, null);
		long exemptThird = subject(township, null);
		long atThreshold = subject(township, null);
		long overThreshold = subject(township, null);
		for (int i = 0; i < 2; i++) {
			visit(atCap, market(), LocalDate.of(year, 1 + 3 * i, 1));
			visit(exemptThird, market(), LocalDate.of(year, 1 + 3 * i, 1));
		}
		visit(exemptThird, market(), LocalDate.of(year, 9, 1), VisitKind.TARGETED, InspectionTrigger.COMPLAINT);
		for (int i = 0; i < 3; i++) {
			visit(overCap, market(), LocalDate.of(year, 1 + 3 * i, 1));
			visit(atThreshold, ecology(), LocalDate.of(year, 1 + 3 * i, 1));
		}
		for (int i = 0; i < 4; i++) {
			visit(overThreshold, ecology(), LocalDate.of(year, 1 + 3 * i, 1));
		}
		long apart19 = subject(township, null);
		long m19 = visit(apart19, market(), LocalDate.of(year, 3, 1));
		long e19 = visit(apart19, ecology(), LocalDate.of(year, 3, 20));
		long apart30 = subject(township, null);
		long m30 = visit(apart30, market(), LocalDate.of(year, 6, 1));
		long e30 = visit(apart30, ecology(), LocalDate.of(year, 7, 1));
		long apart31 = subject(township, null);
		visit(apart31, market(), LocalDate.of(year, 9, 1));
		visit(apart31, ecology(), LocalDate.of(year, 10, 2));
		long sameDepartment = subject(township, null);
		visit(sameDepartment, market(), LocalDate.of(year, 5, 1));
		visit(sameDepartment, market(), LocalDate.of(year, 5, 10));

		JsonNode alerts = answer(PREFECTURE, "/api/v1/inspections/alerts/repeat-visits?year={y}&division={d}", year,
				township);
		assertThat(alerts.get("threshold").asInt()).isEqualTo(3);
		List<String> repeat = new ArrayList<>();
		for (JsonNode a : alerts.get("repeatVisits")) {
			repeat.add(a.get("subjectId").asLong() + ":" + (a.get("departmentId").isNull() ? "total"
					: a.get("departmentId").asLong()) + ":" + a.get("visits").asInt() + ":" + a.get("limit").asInt() + ":"
					+ a.get("basis").asString());
		}
		assertThat(repeat).containsExactlyInAnyOrder(overCap + ":" + market() + ":3:2:CAP",
				overThreshold + ":" + ecology() + ":4:3:THRESHOLD", overThreshold + ":total:4:3:THRESHOLD");
		assertThat(alerts.at("/repeatVisits").findValues("onReach").stream().map(JsonNode::asString))
			.contains("WARN");

		List<String> unmerged = new ArrayList<>();
		for (JsonNode u : alerts.get("unmergedVisits")) {
			unmerged.add(u.get("firstVisitId").asLong() + "-" + u.get("secondVisitId").asLong() + ":"
					+ u.get("daysApart").asLong());
		}
		assertThat(unmerged).containsExactlyInAnyOrder(m19 + "-" + e19 + ":19", m30 + "-" + e30 + ":30");
		assertThat(alerts.at("/unmergedVisits/0/firstDepartments/0").asString()).isEqualTo("德令哈市市场监督管理局");

		mvc.perform(get("/inspections/burden").param("year", String.valueOf(year)).param("division", township)
			.with(as(PREFECTURE)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("data-subject=\"" + overCap + "\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("data-subject=\"" + apart30 + "\"")));
	}
}
