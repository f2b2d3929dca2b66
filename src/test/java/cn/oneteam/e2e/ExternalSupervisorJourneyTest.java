package cn.oneteam.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

/**
 * An external supervisor in the browser (docs/adr/0038-external-supervisors-and-exams.md): signs in, opens a case of
 * the jurisdiction from the case list and sees no action to take on it, then records a finding from the supervision
 * hub and finds it in the list.
 */
class ExternalSupervisorJourneyTest extends BrowserJourney {

	@Test
	void anExternalSupervisorReadsACaseAndRecordsAFinding() throws Exception {
		signIn("hx.external1");
		page.navigate(url("/cases"));
		page.locator("#cases a[href^='/cases/']").first().click();
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#case-heading")).isVisible();
		assertThat(page.locator("#actions-allowed a")).hasCount(0);

		page.click("#nav-supervision");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#hub-complaints")).hasCount(0);
		page.click("#hub-findings");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		page.click("#finding-new");
		String text = "执法记录仪未全程开启（浏览器测试 " + ThreadLocalRandom.current().nextInt(1_000_000) + "）";
		page.selectOption("#finding-body", new SelectOption().setLabel("德令哈市综合行政执法局"));
		page.fill("#finding-text", text);
		page.click("#finding-submit");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#finding-recorded")).isVisible();
		assertThat(page.locator("#findings-table")).containsText(text);
		assertThat(page.locator(".finding-answer-submit")).hasCount(0);
		screenshot("external-supervisor-finding");
	}
}
