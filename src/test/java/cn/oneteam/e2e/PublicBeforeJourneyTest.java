package cn.oneteam.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import cn.oneteam.organization.Organizations;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The portal's 事前 pages on a phone (390 px) in both languages (docs/adr/0041-public-lists-before-enforcement.md):
 * from the portal's sections to the procedure flowcharts, how to complain and a body's officers; no page scrolls
 * sideways, headings go down one level at a time from one h1, every link has text, the page has its language and a
 * main landmark, and no Content-Security-Policy violation on the way.
 */
class PublicBeforeJourneyTest extends BrowserJourney {

	@Autowired
	private Organizations organizations;

	private final List<String> violations = new CopyOnWriteArrayList<>();

	@Test
	void theVisitorReadsTheGuidesAndABodysOfficersOnAPhoneInBothLanguages() throws Exception {
		page.onConsoleMessage(message -> {
			if (message.text().contains("Content Security Policy") || message.text().contains("Refused to")) {
				violations.add(page.url() + ": " + message.text());
			}
		});
		page.setViewportSize(390, 844);
		page.navigate(url("/public?lang=zh-CN"));
		assertThat(page.locator("#portal-before h2")).hasText("事前公开");
		assertThat(page.locator("#portal-during h2")).hasText("事中公开");
		assertThat(page.locator("#portal-after h2")).hasText("事后公开");
		assertThat(page.locator("#portal-mine h2")).hasText("我的事务");
		checkPhonePage("zh-CN");
		page.click("#portal-procedures");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#procedures-heading")).hasText("执法流程图");
		assertThat(page.locator("#flow-general > li")).hasCount(9);
		checkPhonePage("zh-CN");
		screenshot("public-procedures-phone");
		page.click("#procedures-how-to-complain");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#complain-heading")).hasText("投诉举报指引");
		checkPhonePage("zh-CN");
		page.click("#complain-form");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page).hasURL(url("/public/supervision/complaints"));

		long bureau = organizations.findByCode("632802-zhzf").orElseThrow().id().value();
		page.navigate(url("/public/bodies?division=632802&lang=zh-CN"));
		checkPhonePage("zh-CN");
		page.click("a[href='/public/bodies/" + bureau + "/officers']");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#officers-heading")).containsText("德令哈市综合行政执法局");
		checkPhonePage("zh-CN");
		screenshot("public-officers-phone");

		for (String path : List.of("/public", "/public/procedures", "/public/how-to-complain",
				"/public/bodies/" + bureau + "/officers", "/public/bodies?size=3", "/public/empowerment?size=3")) {
			page.navigate(url(path + (path.contains("?") ? "&" : "?") + "lang=en"));
			checkPhonePage("en");
		}
		assertThat(page.locator("#empowerment-pager")).containsText("page 1 of");
		assertThat(violations).isEmpty();
	}

	/** No sideways scrolling at 390 px, one h1 and no heading level skipped, links with text, lang and main. */
	private void checkPhonePage(String lang) {
		String where = page.url();
		Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
		assertThat(((Number) overflow).intValue()).as("sideways overflow of " + where).isLessThanOrEqualTo(0);
		assertThat(page.locator("html")).hasAttribute("lang", lang);
		assertThat(page.locator("main")).hasCount(1);
		assertThat(page.locator("main h1")).hasCount(1);
		@SuppressWarnings("unchecked")
		List<Number> levels = (List<Number>) page.evaluate(
				"() => [...document.querySelectorAll('main h1, main h2, main h3, main h4')].map(h => +h.tagName[1])");
		for (int i = 1; i < levels.size(); i++) {
			assertThat(levels.get(i).intValue()).as("heading " + i + " of " + where)
				.isLessThanOrEqualTo(levels.get(i - 1).intValue() + 1);
		}
		Object empty = page.evaluate(
				"() => [...document.querySelectorAll('main a')].filter(a => !a.textContent.trim() && !a.getAttribute('aria-label')).length");
		assertThat(((Number) empty).intValue()).as("links without text on " + where).isZero();
	}
}
