package cn.oneteam.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.CreditCode;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.subject.LicenceInputs;
import cn.oneteam.subject.LicenceSource;
import cn.oneteam.subject.Licences;
import cn.oneteam.subject.SubjectInputs;
import cn.oneteam.subject.SubjectKind;
import cn.oneteam.subject.Subjects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The planning pages' forms (docs/adr/0025-inspection-items-and-plans.md, Pages): each form saves and lands on the page
 * that shows the result, and each refusal comes back on the form's page next to it, in Chinese and in English.
 */
class InspectionPagesTests extends InspectionPageTest {

	private static final String MARKET = "dlh.market";

	private static final String HEAD = "dlh.head";

	private static final String OFFICER = "dlh.officer1";

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Organizations organizations;

	@Autowired
	private InspectionItems items;

	@Autowired
	private Subjects subjects;

	@Autowired
	private Licences licences;

	@Autowired
	private UserDetailsService users;

	private final int year = LocalDate.now(ChinaTime.ZONE).getYear() + 1;

	private long market() {
		return organizations.findByCode("632802-scjg").orElseThrow().id().value();
	}

	private long ecology() {
		return organizations.findByCode("632802-sthj").orElseThrow().id().value();
	}



	private long idOf(MvcResult posted, String prefix) {
		String to = posted.getResponse().getRedirectedUrl();
		assertThat(to).startsWith(prefix);
		return Long.parseLong(to.substring(prefix.length()));
	}

	private long plan() throws Exception {
		return idOf(submit(MARKET, post("/inspections/plans").param("bodyId", String.valueOf(market()))
			.param("year", String.valueOf(year)).param("name", year + " 年度联合抽查计划（页面测试）")
			.param("departmentIds", String.valueOf(market()), String.valueOf(ecology()))
			.param("leadId", String.valueOf(market()))), "/inspections/plans/");
	}

	private long publishedItem() {
		return actingAs(MARKET, () -> {
			ScopedPrincipal market = (ScopedPrincipal) users.loadUserByUsername(MARKET);
			InspectionItem item = items.create(new InspectionInputs.Item(market(), "食品经营页面测试事项",
					"《食品安全法》第八十七条（测试）", List.of(SubjectKind.LEGAL_PERSON), "经营条件", ItemMethod.ON_SITE, false),
					market);
			return items.publish(item.id(), market).id();
		});
	}

	private MockHttpServletRequestBuilder taskForm(long plan, long item, String issuer) {
		return post("/inspections/plans/{id}/tasks", plan).param("name", "页面抽查任务")
			.param("departmentIds", String.valueOf(market()))
			.param("itemIds", String.valueOf(item))
			.param("subjectKinds", "LEGAL_PERSON")
			.param("divisionCode", "632802")
			.param("issuerCodes", issuer + "\n")
			.param("countA", "2")
			.param("ratioB", "5")
			.param("windowFrom", LocalDate.of(year, 3, 1).toString())
			.param("windowUntil", LocalDate.of(year, 10, 31).toString());
	}

	private static String randomCode(String prefix) {
		StringBuilder digits = new StringBuilder(prefix);
		while (digits.length() < 16) {
			digits.append(ThreadLocalRandom.current().nextInt(10));
		}
		return CreditCode.complete(digits.toString()).value();
	}

	/** A new licensee of the issuer in 德令哈, by its id. */
	private long licensee(String issuer) {
		String code = randomCode("91632802");
		return actingAs(OFFICER, () -> {
			ScopedPrincipal officer = (ScopedPrincipal) users.loadUserByUsername(OFFICER);
			long id = subjects.register(new SubjectInputs.Registration(SubjectKind.LEGAL_PERSON, code, "页面抽查有限公司",
					"632802100", "长江路 9 号", null, null), officer).id();
			licences.record(id, new LicenceInputs.Licence("食品经营许可证", "JY" + code.substring(2, 16), issuer,
					"德令哈市市场监督管理局", LocalDate.now(ChinaTime.ZONE), LocalDate.now(ChinaTime.ZONE).plusYears(5), null),
					LicenceSource.MANUAL, officer);
			return id;
		});
	}

	private String state(long task) {
		return jdbc.sql("select state from inspection_task where id = ?").param(task).query(String.class).single();
	}

	@Test
	void aPlanIsCreatedFromItsFormAndARefusalComesBackBesideIt() throws Exception {
		long plan = plan();
		assertThat(jdbc.sql("select body_id || ':' || year from inspection_plan where id = ?").param(plan)
			.query(String.class).single()).isEqualTo(market() + ":" + year);
		mvc.perform(get("/inspections/plans/{id}", plan).with(as(MARKET)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("年度联合抽查计划（页面测试）")))
			.andExpect(content().string(containsString("id=\"task-form\"")));

		MvcResult refused = submit(MARKET, post("/inspections/plans").param("bodyId", String.valueOf(market()))
			.param("year", String.valueOf(year)).param("name", "牵头部门不在联合部门中")
			.param("departmentIds", String.valueOf(market())).param("leadId", String.valueOf(ecology())));
		assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/inspections/plans");
		assertThat(follow(MARKET, refused, Locale.SIMPLIFIED_CHINESE)).contains("id=\"plan-form\"")
			.contains("牵头部门须是联合部门之一。");
		assertThat(follow(MARKET, refused, Locale.ENGLISH))
			.contains("The lead department must be one of the joint departments.");

		MvcResult unnamed = submit(MARKET, post("/inspections/plans").param("bodyId", String.valueOf(market()))
			.param("year", String.valueOf(year)).param("name", " ").param("departmentIds", String.valueOf(market()))
			.param("leadId", String.valueOf(market())));
		assertThat(follow(MARKET, unnamed, Locale.SIMPLIFIED_CHINESE)).contains("请填写 计划名称。");
		// the label is in the language of the user who sent the form
		MvcResult unnamedEn = submit(MARKET, post("/inspections/plans").param("lang", "en")
			.param("bodyId", String.valueOf(market())).param("year", String.valueOf(year)).param("name", " ")
			.param("departmentIds", String.valueOf(market())).param("leadId", String.valueOf(market())));
		assertThat(follow(MARKET, unnamedEn, Locale.ENGLISH)).contains("Fill in Plan name.");
	}

	@Test
	void aTaskIsCreatedFromThePlansPageAndApprovedOnItsOwnPage() throws Exception {
		long plan = plan();
		long item = publishedItem();
		mvc.perform(get("/inspections/plans/{id}", plan).with(as(MARKET)))
			.andExpect(content().string(containsString("name=\"itemIds\" value=\"" + item + "\"")));
		MvcResult created = submit(MARKET, taskForm(plan, item, randomCode("11632802")));
		long task = idOf(created, "/inspections/tasks/");
		assertThat(state(task)).isEqualTo("DRAFT");
		assertThat(jdbc.sql("select name from inspection_task where id = ?").param(task).query(String.class).single())
			.isEqualTo("页面抽查任务");
		assertThat(follow(MARKET, created, Locale.SIMPLIFIED_CHINESE)).contains("id=\"inspection-saved\"")
			.contains("A 类 2 户").contains("B 类 5%").doesNotContain("id=\"task-approve-submit\"");

		// no item ticked: refused beside the form with the field's label
		MvcResult noItem = submit(MARKET, post("/inspections/plans/{id}/tasks", plan).param("name", "无事项")
			.param("departmentIds", String.valueOf(market())));
		assertThat(noItem.getResponse().getRedirectedUrl()).isEqualTo("/inspections/plans/" + plan);
		assertThat(follow(MARKET, noItem, Locale.SIMPLIFIED_CHINESE)).contains("请填写 抽查事项（已公布）。");
		MvcResult noItemEn = submit(MARKET, post("/inspections/plans/{id}/tasks", plan).param("lang", "en")
			.param("name", "无事项").param("departmentIds", String.valueOf(market())));
		assertThat(follow(MARKET, noItemEn, Locale.ENGLISH)).contains("Fill in Items (published).");
		// an unpublished item is the service's refusal, shown in both languages
		long unpublished = actingAs(MARKET, () -> items.create(new InspectionInputs.Item(market(), "未公布事项",
				"（测试）", List.of(SubjectKind.LEGAL_PERSON), "内容", ItemMethod.DOCUMENT, false),
				(ScopedPrincipal) users.loadUserByUsername(MARKET)).id());
		MvcResult refused = submit(MARKET, taskForm(plan, unpublished, randomCode("11632802")));
		assertThat(follow(MARKET, refused, Locale.SIMPLIFIED_CHINESE)).contains("“未公布事项”第 1 版尚未公布");
		assertThat(follow(MARKET, refused, Locale.ENGLISH)).contains("&quot;未公布事项&quot; version 1 is not published");

		mvc.perform(get("/inspections/tasks/{id}", task).with(as(HEAD)))
			.andExpect(content().string(containsString("id=\"task-approve-submit\"")));
		MvcResult approved = submit(HEAD, post("/inspections/tasks/{id}/approve", task));
		assertThat(approved.getResponse().getRedirectedUrl()).isEqualTo("/inspections/tasks/" + task);
		assertThat(state(task)).isEqualTo("APPROVED");
		MvcResult again = submit(HEAD, post("/inspections/tasks/{id}/approve", task));
		assertThat(follow(HEAD, again, Locale.SIMPLIFIED_CHINESE)).contains("id=\"error-alert\"")
			.contains("不能变为").doesNotContain("id=\"task-approve-submit\"");
		assertThat(follow(HEAD, again, Locale.ENGLISH)).contains("cannot become");
	}

	@Test
	void anApprovedTaskIsDrawnFromItsPageWhichThenListsItsVisitsWithTheirCodes() throws Exception {
		String issuer = randomCode("11632802");
		List<Long> licensees = List.of(licensee(issuer), licensee(issuer));
		long plan = plan();
		long task = idOf(submit(MARKET, taskForm(plan, publishedItem(), issuer)), "/inspections/tasks/");

		MvcResult early = submit(OFFICER, post("/inspections/tasks/{id}/draw", task).param("reason", "年度抽查"));
		assertThat(follow(OFFICER, early, Locale.SIMPLIFIED_CHINESE)).contains("只有已批准的任务可以确定抽查对象范围");
		assertThat(follow(OFFICER, early, Locale.ENGLISH)).contains("only an approved task has a population to draw from");
		submit(HEAD, post("/inspections/tasks/{id}/approve", task));
		MvcResult reasonless = submit(OFFICER, post("/inspections/tasks/{id}/draw", task).param("reason", ""));
		assertThat(follow(OFFICER, reasonless, Locale.SIMPLIFIED_CHINESE)).contains("请填写 抽取事由。");
		assertThat(state(task)).isEqualTo("APPROVED");

		MvcResult drawn = submit(OFFICER, post("/inspections/tasks/{id}/draw", task).param("reason", "年度抽查（页面测试）")
			.param("inspectorsPerSubject", "2").param("recuseDeclaredConflicts", "true"));
		assertThat(state(task)).isEqualTo("DRAWN");
		long draw = jdbc.sql("select id from inspection_draw where task_id = ?").param(task).query(Long.class).single();
		List<String> codes = jdbc.sql("""
				select v.code from inspection_visit v join inspection_visit_part p on p.visit_id = v.id
				where p.task_id = ? order by v.id""").param(task).query(String.class).list();
		assertThat(codes).hasSize(2);
		String page = follow(OFFICER, drawn, Locale.SIMPLIFIED_CHINESE);
		assertThat(page).contains("id=\"task-drawn\"").contains("/public/inspections/draws/" + draw)
			.contains(codes.get(0)).contains(codes.get(1)).contains("/inspections/visits").contains("待检查");
		licensees.forEach(id -> assertThat(page).contains("/subjects/" + id));
		mvc.perform(get("/inspections/tasks/{id}", task).with(as("grm.officer1"))).andExpect(status().isNotFound());
	}

	@Test
	void aConflictIsDeclaredFromTheTasksPage() throws Exception {
		long plan = plan();
		long task = idOf(submit(MARKET, taskForm(plan, publishedItem(), randomCode("11632802"))), "/inspections/tasks/");
		String subject = randomCode("91632802");
		MvcResult declared = submit(OFFICER, post("/inspections/tasks/{id}/conflicts", task)
			.param("certificateNumber", "ZJ-PAGE-1").param("subjectCode", subject).param("reason", "近亲属任该公司股东"));
		assertThat(follow(OFFICER, declared, Locale.SIMPLIFIED_CHINESE)).contains("id=\"conflict-declared\"")
			.contains(subject);
		assertThat(jdbc.sql("select count(*) from inspection_draw_conflict where subject_code = ? and certificate_number = ?")
			.params(subject, "ZJ-PAGE-1").query(Long.class).single()).isEqualTo(1);

		MvcResult refused = submit(OFFICER, post("/inspections/tasks/{id}/conflicts", task)
			.param("certificateNumber", "ZJ-PAGE-1").param("subjectCode", subject).param("reason", " "));
		assertThat(follow(OFFICER, refused, Locale.SIMPLIFIED_CHINESE)).contains("请填写 利害关系说明。");
		MvcResult refusedEn = submit(OFFICER, post("/inspections/tasks/{id}/conflicts", task).param("lang", "en")
			.param("certificateNumber", "ZJ-PAGE-1").param("subjectCode", subject).param("reason", " "));
		assertThat(follow(OFFICER, refusedEn, Locale.ENGLISH)).contains("Fill in The conflict.");
		mvc.perform(get("/inspections/tasks/{id}", task).with(as(MARKET)))
			.andExpect(content().string(not(containsString("id=\"conflict-form\""))));
	}

	@Test
	void aSubjectFoundByNameIsTaggedToTheDepartmentAndTheTagEnded() throws Exception {
		long bureau = ((ScopedPrincipal) users.loadUserByUsername(OFFICER)).organizationId();
		long subject = licensee(randomCode("11632802"));
		String code = jdbc.sql("select code from market_subject where id = ?").param(subject).query(String.class).single();
		mvc.perform(get("/inspections/targets").with(as(OFFICER)).param("q", code))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-subject-id=\"" + subject + "\"")));

		MvcResult tagged = submit(OFFICER, post("/inspections/targets").param("departmentId", String.valueOf(bureau))
			.param("subjectId", String.valueOf(subject)).param("q", code));
		assertThat(tagged.getResponse().getRedirectedUrl()).contains("departmentId=" + bureau).contains("q=" + code);
		assertThat(follow(OFFICER, tagged, Locale.SIMPLIFIED_CHINESE)).contains("id=\"inspection-saved\"")
			.contains("class=\"btn btn-sm btn-outline-secondary target-untag\"");
		MvcResult twice = submit(OFFICER, post("/inspections/targets").param("departmentId", String.valueOf(bureau))
			.param("subjectId", String.valueOf(subject)));
		assertThat(follow(OFFICER, twice, Locale.SIMPLIFIED_CHINESE)).contains("已标记为该部门的监管对象");
		assertThat(follow(OFFICER, twice, Locale.ENGLISH)).contains("is tagged to this department already");

		submit(OFFICER, post("/inspections/targets/untag").param("departmentId", String.valueOf(bureau))
			.param("subjectId", String.valueOf(subject)));
		assertThat(jdbc.sql("""
				select count(*) from inspection_target_tag where department_id = ? and subject_id = ? and untagged_at is null""")
			.params(bureau, subject).query(Long.class).single()).isZero();
		MvcResult untagged = submit(OFFICER, post("/inspections/targets/untag").param("departmentId", String.valueOf(bureau))
			.param("subjectId", String.valueOf(subject)));
		assertThat(follow(OFFICER, untagged, Locale.ENGLISH)).contains("is not tagged to this department");
	}

	@Test
	void theInspectionPagesReachEachOtherThroughTheirTabs() throws Exception {
		mvc.perform(get("/inspections/items").with(as(MARKET)))
			.andExpect(content().string(containsString("id=\"inspection-nav-plans\"")))
			.andExpect(content().string(containsString("id=\"inspection-nav-targets\"")))
			.andExpect(content().string(not(containsString("id=\"inspection-nav-visits\""))));
		mvc.perform(get("/inspections/plans").with(as(OFFICER)))
			.andExpect(content().string(containsString("id=\"inspection-nav-visits\"")))
			.andExpect(content().string(containsString("id=\"plan-form\"")));
		mvc.perform(get("/inspections/targets").with(as(MARKET)).param("lang", "en"))
			.andExpect(content().string(containsString("Inspection targets library")))
			.andExpect(redirectedUrl(null));
	}
}
