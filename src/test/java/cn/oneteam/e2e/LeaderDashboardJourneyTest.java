package cn.oneteam.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;

/**
 * The leader's morning view (docs/adr/0050-dashboards-and-projections.md): hx.leader opens the leader's dashboard from
 * the analytics page, sees the figures of 海西 and a chart drawn, drills down to 德令哈 and one of its townships, and
 * reads it in English.
 */
class LeaderDashboardJourneyTest extends BrowserJourney {

	@Test
	void theLeaderDrillsDownFromTheprefectureToATownshipAndSwitchesToEnglish() throws Exception {
		page.setViewportSize(1280, 900);
		page.navigate(url("/?lang=zh-CN"));
		signIn("hx.leader");
		page.click("#nav-analytics");
		page.click("#hub-dashboard-leader");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#dashboard-heading")).containsText("领导驾驶舱");
		assertThat(page.locator("#dashboard-heading")).containsText("海西");
		assertThat(page.locator("#figure-cases")).not().hasText("0");
		assertThat(page.locator("#chart-stages canvas")).hasCount(1);
		assertThat(page.locator("#dashboard-rankings")).isVisible();
		// a prefecture ranks its bodies, and lists them from the county down
		assertThat(page.locator("#dashboard-bodies-none")).containsText("县级");
		screenshot("dashboard-leader-prefecture");

		page.click("#dashboard-children a:text-is('德令哈市')");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#dashboard-heading")).containsText("德令哈市");
		assertThat(page.locator("#dashboard-bodies")).containsText("德令哈市综合行政执法局");
		assertThat(page.locator("#chart-lines canvas")).hasCount(1);
		String township = page.locator("#dashboard-children tbody a").first().textContent();
		page.locator("#dashboard-children tbody a").first().click();
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#dashboard-heading")).containsText(township);
		assertThat(page.locator("#dashboard-path")).containsText("德令哈市");
		assertThat(page.locator("#dashboard-children")).hasCount(0);

		page.click("#lang-en");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#dashboard-heading")).containsText("Leader's dashboard");
		assertThat(page.locator("#dashboard-period")).containsText("both days included");
		screenshot("dashboard-leader-township-en");
		page.click("#dashboard-path a:text-is('德令哈市')");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#dashboard-heading")).containsText("德令哈市");
		AxeCheck.assertAccessible(page, "/analytics/dashboards/leader [en 1280]");
	}
}
