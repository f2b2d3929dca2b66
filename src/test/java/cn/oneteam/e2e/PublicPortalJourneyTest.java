package cn.oneteam.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The public portal in the browser, in Chinese and in English, on a phone (390×844) and on a desktop (1366×768)
 * (docs/adr/0047-accessible-public-pages.md): the language is switched from the portal's landing page as a visitor
 * would; then every page of {@link #PAGES} is opened and must answer 200, have its heading, pass axe-core's WCAG 2.1
 * AA rules with no serious or critical violation, not scroll sideways, and carry the language in its {@code lang}
 * attribute; no Content-Security-Policy violation on the way. The officer pages show the demo certificates'
 * standing. First, the check must catch an image without a text alternative put into the landing page.
 */
class PublicPortalJourneyTest extends BrowserJourney {

	/**
	 * The portal's pages, one a line: a new public page is one more line. {@code {body}} stands for the demo's
	 * 德令哈市综合行政执法局, as the visitor finds it on the list of bodies; {@code {decision}} for the newest published
	 * decision, as the visitor finds it on the list of decisions.
	 */
	static final List<String> PAGES = List.of(
			"/public",
			"/public/officers",
			"/public/officers/QH6328020001",
			"/public/officers/QH6328020050",
			"/public/qualifications",
			"/public/bodies",
			"/public/bodies/{body}/matters",
			"/public/empowerment",
			"/public/inspections/codes",
			"/public/inspections/draws",
			"/public/inspections/results",
			"/public/supervision/complaints",
			"/public/report",
			"/public/track",
			"/public/bodies/{body}/officers",
			"/public/procedures",
			"/public/how-to-complain",
			"/public/decisions",
			"{decision}",
			"/public/decisions/withdrawn",
			"/public/statistics",
			"/public/open-data",
			"/public/my-case");

	private static final String BODY = "德令哈市综合行政执法局";

	@ParameterizedTest(name = "{0} at {1}×{2}")
	@CsvSource({ "zh-CN, 390, 844", "en, 390, 844", "zh-CN, 1366, 768", "en, 1366, 768" })
	void everyPortalPageIsAccessibleInTheLanguageOnTheScreen(String language, int width, int height) throws Exception {
		List<String> cspViolations = new CopyOnWriteArrayList<>();
		page.onConsoleMessage(message -> {
			if (message.text().contains("Content Security Policy") || message.text().contains("Refused to")) {
				cspViolations.add(page.url() + ": " + message.text());
			}
		});
		page.setViewportSize(width, height);
		String screen = width + "x" + height;

		// the check hears a violation: an image without a text alternative, put in by script, is critical
		page.navigate(url("/public"));
		page.evaluate("document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"data:,\">')");
		assertThat(AxeCheck.run(page, "/public with an image put in [" + language + " " + screen + "]").blocking())
			.anyMatch(violation -> violation.contains("image-alt [critical]"));

		// the language switch of the layout, folded behind the menu button on a phone
		page.navigate(url("/public"));
		Locator toggler = page.locator(".navbar-toggler");
		if (toggler.isVisible()) {
			toggler.click();
		}
		page.click("#lang-" + (language.equals("en") ? "en" : "zh"));
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("html")).hasAttribute("lang", language);
		List<String> failures = new ArrayList<>();
		if (toggler.isVisible()) {
			toggler.click();
			assertThat(page.locator("#lang-zh")).isVisible();
			failures.addAll(AxeCheck.run(page, "/public, menu open [" + language + " " + screen + "]")
				.blocking());
		}

		page.navigate(url("/public/bodies"));
		String body = page.locator("#bodies-table tr[data-body]").filter(new Locator.FilterOptions().setHasText(BODY))
			.first()
			.getAttribute("data-body");
		page.navigate(url("/public/decisions"));
		String decision = page.locator("a.decision-number").first().getAttribute("href");

		for (String path : PAGES) {
			String label = path + " [" + language + " " + screen + "]";
			Response answer = page.navigate(url(path.replace("{body}", body).replace("{decision}", decision)));
			// an error page has its heading and language too: the page itself must have answered
			assertThat(answer).as("the answer to %s", label).isNotNull();
			assertThat(answer.status()).as("the status of %s", label).isEqualTo(200);
			page.waitForLoadState(LoadState.NETWORKIDLE);
			assertThat(page.locator("h1").count()).as("one heading on %s", label).isEqualTo(1);
			assertThat(page.locator("html").getAttribute("lang")).as("the language of %s", label).isEqualTo(language);
			Object overflow = page.evaluate(
					"() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
			if (((Number) overflow).intValue() > 0) {
				failures.add(label + ": scrolls sideways by " + overflow + " px");
			}
			failures.addAll(AxeCheck.run(page, label).blocking());
			if (path.startsWith("/public/officers/")) {
				assertThat(page.locator("#officer-standing")).hasAttribute("data-status",
						path.endsWith("0001") ? "VALID" : "EXPIRED");
			}
			if (width < 500) {
				screenshot("portal-" + language + "-" + screen + path.replace("{body}", "body").replace("{decision}", "decision").replace('/', '-'));
			}
		}
		assertThat(failures).isEmpty();
		assertThat(cspViolations).isEmpty();
	}
}
