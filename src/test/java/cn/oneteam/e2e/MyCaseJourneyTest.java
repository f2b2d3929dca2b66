package cn.oneteam.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A party looks up its own case on a phone (docs/adr/0044-party-case-look-up.md): from the portal to the form, the
 * demo case's number, last digits and access code CASE-2468 typed, the stage, deadlines, documents and payment shown
 * in Chinese and then in English, 390 px wide without horizontal overflow; no Content-Security-Policy violation; the
 * answer and the refusal pass the accessibility check (AxeCheck) in both languages.
 */
class MyCaseJourneyTest extends BrowserJourney {

	@Autowired
	private JdbcClient jdbc;

	/** What the browser reports under the page's Content-Security-Policy. */
	private final List<String> violations = new CopyOnWriteArrayList<>();

	@Test
	void thePartyLooksUpItsCaseOnAPhoneInBothLanguages() throws Exception {
		page.onConsoleMessage(message -> {
			if (message.text().contains("Content Security Policy") || message.text().contains("Refused to")) {
				violations.add(page.url() + ": " + message.text());
			}
		});
		var demo = jdbc.sql("""
				select decision_number, party_code from penalty_case
				where party_name = '（演示）德令哈市某文化传播有限公司' and decision_number is not null order by id limit 1""")
			.query().singleRow();
		String code = (String) demo.get("party_code");
		page.setViewportSize(390, 844);
		page.navigate(url("/public"));
		page.click("#portal-my-case");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#mycase-heading")).hasText("查询我的案件");
		page.fill("#mycase-number", (String) demo.get("decision_number"));
		page.fill("#mycase-digits", code.substring(code.length() - 6));
		page.fill("#mycase-code", "CASE-2468");
		page.click("#mycase-submit");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#mycase-stage")).hasAttribute("data-stage", "EXECUTION");
		assertThat(page.locator("#mycase-deadlines")).containsText("缴纳罚款期限");
		assertThat(page.locator("#mycase-documents")).containsText("行政处罚决定书");
		assertThat(page.locator("#mycase-payment")).containsText("罚缴分离");
		Object width = page.evaluate("document.documentElement.scrollWidth");
		assertThat(((Number) width).intValue()).isLessThanOrEqualTo(390);
		screenshot("my-case-phone");

		page.navigate(url("/public/my-case?lang=en"));
		assertThat(page.locator("#mycase-heading")).hasText("Look up my case");
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page.locator("#mycase-answer")).hasCount(0); // the answer is never kept: looked up again
		page.fill("#mycase-number", (String) demo.get("decision_number"));
		page.fill("#mycase-digits", code.substring(code.length() - 6));
		page.fill("#mycase-code", "case2468");
		page.click("#mycase-submit");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#mycase-stage-explained")).containsText("reconsideration");
		assertThat(page.locator("#mycase-deadlines")).containsText("Payment period");
		assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(390);
		assertThat(violations).isEmpty();

		// the answer and the refusal pass the accessibility check in both languages (after the CSP check above: what
		// axe-core's own injection makes the browser report is axe's, not the page's)
		for (String language : List.of("zh-CN", "en")) {
			page.navigate(url("/public/my-case?lang=" + language));
			page.fill("#mycase-number", (String) demo.get("decision_number"));
			page.fill("#mycase-digits", code.substring(code.length() - 6));
			page.fill("#mycase-code", "CASE-2468");
			page.click("#mycase-submit");
			page.waitForLoadState(LoadState.NETWORKIDLE);
			assertThat(page.locator("#mycase-stage")).hasAttribute("data-stage", "EXECUTION");
			AxeCheck.assertAccessible(page, "/public/my-case answer [" + language + " 390]");
			refused(language, "#mycase-heading");
		}
	}

	/**
	 * The refusal in the page's language (a number of no case, so that the demo case's number is never locked for the
	 * other journeys), checked for accessibility as the answer is.
	 */
	private void refused(String language, String heading) {
		page.fill("#mycase-number", "青无此号〔2026〕" + System.nanoTime() % 1000000 + "号");
		page.fill("#mycase-digits", "123456");
		page.fill("#mycase-code", "2345-6789");
		page.click("#mycase-submit");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator(heading)).isVisible();
		assertThat(page.locator("#mycase-answer")).hasCount(0);
		assertThat(page.locator("#error-alert")).isVisible();
		assertThat(page.locator("html")).hasAttribute("lang", java.util.regex.Pattern.compile("^" + language.substring(0, 2)));
		assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(390);
		AxeCheck.assertAccessible(page, "/public/my-case refusal [" + language + " 390]");
	}
}
