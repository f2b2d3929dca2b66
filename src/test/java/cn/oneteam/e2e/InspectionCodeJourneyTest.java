package cn.oneteam.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import cn.oneteam.inspection.code.CodeFixture;
import cn.oneteam.inspection.visit.Visit;
import cn.oneteam.inspection.visit.Visits;
import cn.oneteam.subject.SubjectKind;
import cn.oneteam.subject.Subjects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * A company without an account enters the code the inspectors showed, as it was read out (lower case, a dash): the
 * page says the inspection is approved and lists its items and inspectors; once the result is recorded it rates the
 * visit on the same page, once, and reads it again in English (docs/adr/0029-inspection-code-public-check-and-rating.md).
 * No Content-Security-Policy violation.
 */
class InspectionCodeJourneyTest extends BrowserJourney {

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

	@Test
	void theCompanyChecksTheCodeAndRatesTheVisit() throws Exception {
		List<String> violations = new CopyOnWriteArrayList<>();
		page.onConsoleMessage(m -> {
			if (m.text().contains("Content Security Policy") || m.text().contains("Refused to")) {
				violations.add(m.text());
			}
		});
		CodeFixture fixture = new CodeFixture(mvc, json, jdbc, visits, subjects, users);
		Visit visit = fixture.visit(fixture.subject(SubjectKind.LEGAL_PERSON, "（测试）浏览器核验有限公司"),
				List.of(fixture.item("夜市摊点检查（浏览器）")));

		page.navigate(url("/public/inspections/codes"));
		page.fill("#code-input", visit.code().substring(0, 6).toLowerCase() + "-" + visit.code().substring(6));
		page.click("#code-submit");
		assertThat(page.locator("#code-authorised[data-authorised='true']")).isVisible();
		assertThat(page.locator("#code-authorised")).containsText("这是一次经过批准的检查");
		assertThat(page.locator("#code-value")).hasText(visit.code());
		assertThat(page.locator("#code-items")).containsText("夜市摊点检查（浏览器）");
		assertThat(page.locator("#code-inspectors")).containsText(fixture.personName(CodeFixture.OFFICER));
		assertThat(page.locator("#rating-form")).hasCount(0);
		screenshot("inspection-code-authorised");

		String secret = fixture.recorded(visit.id(), true);
		page.reload();
		page.check("#score-4");
		page.check("#conduct-BUSINESS_DISRUPTED");
		page.fill("#rating-secret", secret);
		page.fill("#rating-comment", "检查时间较长，影响营业");
		page.click("#rating-submit");
		assertThat(page.locator("#code-rated")).isVisible();
		assertThat(page.locator("#code-already-rated")).isVisible();
		assertThat(page.locator("#rating-form")).hasCount(0);
		assertThat(jdbc.sql("select score from inspection_rating where visit_id = ?").param(visit.id())
			.query(Integer.class).single()).isEqualTo(4);

		page.click("#lang-en");
		assertThat(page.locator("#code-authorised")).containsText("This inspection is approved");
		assertThat(page.locator("#code-already-rated")).containsText("has been rated");
		screenshot("inspection-code-rated-en");
		assertThat(violations).isEmpty();
	}
}
