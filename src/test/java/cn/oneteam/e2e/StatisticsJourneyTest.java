package cn.oneteam.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;

/**
 * 行政执法统计年报 on a phone (docs/adr/0045-annual-enforcement-statistics.md): from the portal to the demo's published
 * 2025 report of 德令哈市综合行政执法局, every category shown (zeros included) without sideways scrolling at 390 px, in
 * Chinese and then English; the open-data index one tap away.
 */
class StatisticsJourneyTest extends BrowserJourney {

	@Test
	void theVisitorReadsABodysAnnualStatisticsOnAPhoneInBothLanguages() throws Exception {
		page.setViewportSize(390, 844);
		page.navigate(url("/public"));
		page.click("#portal-statistics");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#statistics-heading")).hasText("行政执法统计年报");
		page.selectOption("#statistics-year", "2025");
		page.selectOption("#statistics-body", new com.microsoft.playwright.options.SelectOption().setLabel("德令哈市综合行政执法局"));
		page.click("#statistics-filter button[type=submit]");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#statistics-report-heading")).containsText("德令哈市综合行政执法局 2025年度");
		assertThat(page.locator("#statistics-late")).isVisible();
		assertThat(page.locator("#statistics-tables table")).hasCount(8);
		assertThat(page.locator("tr[data-figure=kind-DETENTION] td.text-end")).hasText("0");
		assertThat(page.locator("tr[data-figure=finesDecided] td.text-end")).hasText("0.00");
		assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
		screenshot("statistics-phone");

		// the language switch sits in the collapsed menu on a phone: follow its address
		page.navigate(url(page.locator("#lang-en").getAttribute("href")));
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#statistics-report-heading")).containsText("enforcement statistics 2025");
		assertThat(page.locator("#statistics-inspections")).hasText("Administrative inspections");
		assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
		page.click("#statistics-open-data");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#open-data-heading")).hasText("Open data");
		assertThat(page.locator("[data-set=statistics-csv] code")).hasText("/api/v1/public/statistics/{year}.csv");
		assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
	}
}
