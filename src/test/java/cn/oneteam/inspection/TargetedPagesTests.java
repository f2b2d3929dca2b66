package cn.oneteam.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import cn.oneteam.inspection.draw.JurisdictionDraws;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.CreditCode;
import cn.oneteam.shared.ScopedPrincipal;
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
 * The targeted inspections page (docs/adr/0028-joint-visits.md): 德令哈's enforcement bureau finds the subject and asks
 * from the form, a refusal comes back beside it in Chinese and in English, and its head approves — the request then
 * links to its visit with the code — or refuses with a reason.
 */
class TargetedPagesTests extends InspectionPageTest {

	private static final String OFFICER = "dlh.officer1";

	private static final String HEAD = "dlh.head";

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Organizations organizations;

	@Autowired
	private InspectionItems items;

	@Autowired
	private Subjects subjects;

	@Autowired
	private JurisdictionDraws draws;

	@Autowired
	private UserDetailsService users;

	private final LocalDate today = LocalDate.now(ChinaTime.ZONE);

	private ScopedPrincipal officer() {
		return (ScopedPrincipal) users.loadUserByUsername(OFFICER);
	}

	private long bureau() {
		return organizations.findByCode("632802-zhzf").orElseThrow().id().value();
	}



	private long publishedItem() {
		return actingAs(OFFICER, () -> {
			InspectionItem item = items.create(new InspectionInputs.Item(bureau(), "投诉举报核查（页面测试）",
					"（测试）检查依据", List.of(SubjectKind.LEGAL_PERSON), "投诉事项核查", ItemMethod.ON_SITE, false),
					officer());
			return items.publish(item.id(), officer()).id();
		});
	}

	private String newSubject() {
		StringBuilder digits = new StringBuilder("91632802");
		while (digits.length() < 16) {
			digits.append(ThreadLocalRandom.current().nextInt(10));
		}
		String code = CreditCode.complete(digits.toString()).value();
		actingAs(OFFICER, () -> subjects.register(new SubjectInputs.Registration(SubjectKind.LEGAL_PERSON, code,
				"个案页面测试有限公司", "632802100", "长江路 11 号", null, null), officer()));
		return code;
	}

	private List<String> inspectors() {
		List<String> numbers = actingAs(OFFICER, () -> draws.inspectors(officer()));
		assertThat(numbers).hasSizeGreaterThanOrEqualTo(2);
		return numbers;
	}

	private MockHttpServletRequestBuilder form(long subject, long item, String... inspectors) {
		return form("12345 热线投诉：无证经营（页面测试）", subject, item, inspectors);
	}

	private MockHttpServletRequestBuilder form(String reason, long subject, long item, String... inspectors) {
		return post("/inspections/targeted").param("subjectId", String.valueOf(subject))
			.param("departmentId", String.valueOf(bureau()))
			.param("itemIds", String.valueOf(item))
			.param("trigger", "COMPLAINT")
			.param("reason", reason)
			.param("windowFrom", today.toString())
			.param("windowUntil", today.plusDays(10).toString())
			.param("inspectors", inspectors);
	}

	/** Finds the subject from the page's search, as the officer would, and answers its id. */
	private long found(String code) throws Exception {
		long id = jdbc.sql("select id from market_subject where code = ?").param(code).query(Long.class).single();
		mvc.perform(get("/inspections/targeted").with(as(OFFICER)).param("q", code))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"subjectId\" value=\"" + id + "\"")));
		return id;
	}

	private long requested(long subject) {
		return jdbc.sql("select id from inspection_targeted where subject_id = ? and state = 'REQUESTED' order by id desc limit 1")
			.param(subject).query(Long.class).single();
	}

	@Test
	void anOfficerAsksFromTheFormAndARefusalComesBackBesideItInBothLanguages() throws Exception {
		long item = publishedItem();
		long subject = found(newSubject());
		List<String> all = inspectors();
		String page = mvc.perform(get("/inspections/targeted").with(as(OFFICER))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"inspection-nav-targeted\"").contains("id=\"targeted-form\"")
			.contains("name=\"itemIds\" value=\"" + item + "\"")
			.contains("name=\"inspectors\" value=\"" + all.get(0) + "\"")
			.contains("value=\"COMPLAINT\"").doesNotContain("value=\"ROUTINE\"")
			.doesNotContain("class=\"btn btn-sm btn-success targeted-approve\"");

		MvcResult asked = submit(OFFICER, form(subject, item, all.get(0), all.get(1)));
		assertThat(asked.getResponse().getRedirectedUrl()).isEqualTo("/inspections/targeted");
		long id = requested(subject);
		assertThat(jdbc.sql("select trigger || ':' || array_length(inspectors, 1) from inspection_targeted where id = ?")
			.param(id).query(String.class).single()).isEqualTo("COMPLAINT:2");
		String shown = follow(OFFICER, asked, Locale.SIMPLIFIED_CHINESE);
		assertThat(shown).contains("id=\"inspection-saved\"").contains("id=\"targeted-" + id + "\"")
			.contains("个案页面测试有限公司").contains("投诉举报").contains("待批准").contains("无证经营（页面测试）");
		assertThat(follow(OFFICER, asked, Locale.ENGLISH)).contains("Complaint").contains("Awaiting approval");

		// the service's refusal: one officer and an unknown certificate (given in the free field)
		MvcResult refused = submit(OFFICER, form(subject, item, all.get(0)).param("otherInspectors", "NOT-A-CERT"));
		assertThat(refused.getResponse().getRedirectedUrl()).startsWith("/inspections/targeted");
		assertThat(follow(OFFICER, refused, Locale.SIMPLIFIED_CHINESE)).contains("id=\"error-alert\"")
			.contains("不符合条件的执法证号：NOT-A-CERT");
		assertThat(follow(OFFICER, refused, Locale.ENGLISH)).contains("certificate numbers not eligible: NOT-A-CERT");
		// an empty field, labelled in the language of the user who sent the form
		MvcResult reasonless = submit(OFFICER, form(" ", subject, item, all.get(0), all.get(1)));
		assertThat(follow(OFFICER, reasonless, Locale.SIMPLIFIED_CHINESE)).contains("请填写 检查事由。");
		MvcResult reasonlessEn = submit(OFFICER, form(" ", subject, item, all.get(0), all.get(1))
			.param("lang", "en"));
		assertThat(follow(OFFICER, reasonlessEn, Locale.ENGLISH)).contains("Fill in Reason.");
		assertThat(jdbc.sql("select count(*) from inspection_targeted where subject_id = ?").param(subject)
			.query(Long.class).single()).isOne();
	}

	@Test
	void aHeadApprovesAndTheRequestLinksToItsVisitWithTheCode() throws Exception {
		long item = publishedItem();
		long subject = found(newSubject());
		List<String> all = inspectors();
		submit(OFFICER, form(subject, item, all.get(0), all.get(1)));
		long id = requested(subject);
		mvc.perform(get("/inspections/targeted").with(as(HEAD)))
			.andExpect(content().string(containsString("action=\"/inspections/targeted/" + id + "/approve\"")));

		MvcResult approved = submit(HEAD, post("/inspections/targeted/{id}/approve", id));
		long visit = jdbc.sql("select visit_id from inspection_targeted where id = ? and state = 'APPROVED'").param(id)
			.query(Long.class).single();
		String code = jdbc.sql("select code from inspection_visit where id = ?").param(visit).query(String.class)
			.single();
		assertThat(follow(HEAD, approved, Locale.SIMPLIFIED_CHINESE)).contains("id=\"inspection-saved\"")
			.contains("href=\"/inspections/visits/" + visit + "\"").contains(code).contains("已批准")
			.doesNotContain("action=\"/inspections/targeted/" + id + "/approve\"");
		mvc.perform(get("/inspections/targeted").with(as(HEAD)).param("state", "APPROVED"))
			.andExpect(content().string(containsString("id=\"targeted-" + id + "\"")));
		mvc.perform(get("/inspections/targeted").with(as(HEAD)).param("state", "REFUSED"))
			.andExpect(content().string(not(containsString("id=\"targeted-" + id + "\""))));

		MvcResult again = submit(HEAD, post("/inspections/targeted/{id}/approve", id));
		assertThat(follow(HEAD, again, Locale.SIMPLIFIED_CHINESE)).contains("id=\"error-alert\"")
			.contains("只有待批准的申请可以批准或退回");
		assertThat(jdbc.sql("select count(*) from inspection_visit where subject_id = ?").param(subject)
			.query(Long.class).single()).isOne();
	}

	@Test
	void aHeadRefusesWithAReason() throws Exception {
		long item = publishedItem();
		long subject = found(newSubject());
		List<String> all = inspectors();
		submit(OFFICER, form(subject, item, all.get(0), all.get(1)));
		long id = requested(subject);

		MvcResult reasonless = submit(HEAD, post("/inspections/targeted/{id}/refuse", id).param("reason", " "));
		assertThat(follow(HEAD, reasonless, Locale.SIMPLIFIED_CHINESE)).contains("请填写 退回理由。");
		assertThat(jdbc.sql("select state from inspection_targeted where id = ?").param(id).query(String.class)
			.single()).isEqualTo("REQUESTED");
		mvc.perform(post("/inspections/targeted/{id}/refuse", id).param("reason", "x").with(as(OFFICER)).with(csrf()))
			.andExpect(status().isForbidden());

		MvcResult refused = submit(HEAD, post("/inspections/targeted/{id}/refuse", id)
			.param("reason", "已由市场监管部门核查（页面测试）"));
		assertThat(jdbc.sql("select state || ':' || decision_note from inspection_targeted where id = ?").param(id)
			.query(String.class).single()).isEqualTo("REFUSED:已由市场监管部门核查（页面测试）");
		assertThat(follow(HEAD, refused, Locale.ENGLISH)).contains("Refused").contains("已由市场监管部门核查（页面测试）")
			.doesNotContain("action=\"/inspections/targeted/" + id + "/refuse\"");
		assertThat(jdbc.sql("select count(*) from inspection_visit where subject_id = ?").param(subject)
			.query(Long.class).single()).isZero();
	}
}
