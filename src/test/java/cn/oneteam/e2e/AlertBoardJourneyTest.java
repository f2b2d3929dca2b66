package cn.oneteam.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;

/**
 * The alert board in the browser (docs/adr/0036-supervisors-alert-board.md): the 司法局 supervisor goes from the
 * hub to the board, opens the 德令哈 bureau's overdue case periods, follows a record to its case, comes back, records
 * a question to the body and sees it listed, and finds the rectification link and the thresholds page.
 */
class AlertBoardJourneyTest extends BrowserJourney {

	@Test
	void theSupervisorDrillsDownFromTheBoardToACaseAndAsksTheBody() throws Exception {
		signIn("hx.supervisor");
		page.navigate(url("/supervision?lang=en"));
		page.click("#hub-alerts");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#alerts-heading")).hasText("Supervision alerts");
		Locator overdue = page.locator("#alerts-OVERDUE tr.alert-row[data-pattern=OVERDUE_CASE_PERIOD]")
			.filter(new Locator.FilterOptions().setHasText("德令哈市综合行政执法局"));
		assertThat(overdue).hasCount(1);
		screenshot("alert-board");
		overdue.locator(".alert-drill").click();
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#alert-heading")).hasText("Case periods overdue");
		assertThat(page.locator("#alert-body")).hasText("德令哈市综合行政执法局");
		assertThat(page.locator("#alert-rectify")).hasAttribute("href",
				java.util.regex.Pattern.compile("/supervision/rectifications/new\\?body=\\d+&source=ALERT&ref=OVERDUE_CASE_PERIOD:\\d+"));
		String drill = page.url();
		Locator first = page.locator("#alert-records tr.alert-record a").first();
		String caseId = page.locator("#alert-records tr.alert-record").first().getAttribute("data-id");
		first.click();
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/cases/" + caseId + "$"));

		page.navigate(drill);
		page.selectOption("#alert-action-kind", "ASK");
		page.fill("#alert-action-text", "请说明该案办案期限逾期的原因（浏览器测试）");
		page.click("#alert-action-submit");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#alert-done")).isVisible();
		assertThat(page.locator("#alert-action-list")).containsText("请说明该案办案期限逾期的原因（浏览器测试）");
		screenshot("alert-drill-down");

		page.navigate(url("/supervision/alerts/thresholds"));
		assertThat(page.locator("#thresholds-table tr[data-code=FINE_AT_MAXIMUM] .threshold-value")).hasValue("30");
	}
}
