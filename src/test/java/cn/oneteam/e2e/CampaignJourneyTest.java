package cn.oneteam.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.LoadState;
import cn.oneteam.shared.ChinaTime;
import org.junit.jupiter.api.Test;

/**
 * A review campaign in the browser (docs/adr/0035-review-campaigns-and-rectification.md): 海西州司法局's supervisor
 * creates a campaign over the demo's closed cases from the supervision hub, draws it — the page recomputes the draw in
 * the browser and finds it matches — scores a drawn case item by item (a score out of range refused on the page, then
 * one deduction with its reason), and opens a rectification task for the case's body from the score sheet; no
 * Content-Security-Policy violation on the way.
 */
class CampaignJourneyTest extends BrowserJourney {

	@Test
	void aSupervisorDrawsScoresAndOpensARectification() throws Exception {
		List<String> violations = new CopyOnWriteArrayList<>();
		page.onConsoleMessage(message -> {
			if (message.text().contains("Content Security Policy") || message.text().contains("Refused to")) {
				violations.add(page.url() + ": " + message.text());
			}
		});
		signIn("hx.supervisor");
		page.click("#nav-supervision");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		page.click("#hub-campaigns");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#campaigns-heading")).isVisible();
		LocalDate today = LocalDate.now(ChinaTime.ZONE);
		page.fill("#campaign-name", "浏览器评查测试");
		page.fill("#campaign-from", today.minusYears(3).toString());
		page.fill("#campaign-to", today.toString());
		page.fill("#campaign-ratio", "10");
		page.check("input.campaign-reviewer[data-username='hx.supervisor']");
		page.click("#campaign-create");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#campaign-heading")).hasText("浏览器评查测试");
		page.click("#campaign-draw");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#draw-seed")).hasText(java.util.regex.Pattern.compile("[0-9a-f]{64}"));
		assertThat(page.locator("#draw-verify[data-result='matches']")).isVisible();
		assertThat(page.locator("#draw-strata tbody tr").first()).isVisible();
		screenshot("campaign-draw");

		page.locator(".case-score-link").first().click();
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#sheet-heading")).isVisible();
		Locator scored = page.locator("tr[data-kind='SCORED']");
		for (int i = 0; i < scored.count(); i++) {
			Locator input = scored.nth(i).locator("input.sheet-points");
			if (input.inputValue().isEmpty()) {
				input.fill(scored.nth(i).getAttribute("data-max"));
			}
		}
		Locator vetoes = page.locator("tr[data-kind='VETO'] select.sheet-failed");
		for (int i = 0; i < vetoes.count(); i++) {
			if (vetoes.nth(i).inputValue().isEmpty()) {
				vetoes.nth(i).selectOption("false");
			}
		}
		page.fill("tr[data-item='C08'] input.sheet-points", "25");
		page.click("#sheet-save");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#error-alert")).containsText("C08");
		assertThat(page.locator("#sheet-score")).hasAttribute("data-complete", "false");

		page.fill("tr[data-item='C08'] input.sheet-points", "17");
		page.fill("tr[data-item='C08'] input.sheet-reason", "询问笔录未记录询问起止时间");
		page.click("#sheet-save");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#sheet-saved")).isVisible();
		assertThat(page.locator("#sheet-score")).hasAttribute("data-complete", "true");
		assertThat(new BigDecimal(page.locator("tr[data-item='C08'] input.sheet-points").inputValue()))
			.isEqualByComparingTo("17");
		screenshot("campaign-sheet");

		page.click("#sheet-rectify");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#rect-source")).hasValue("CAMPAIGN");
		page.fill("#rect-title", "补正询问笔录的询问起止时间（浏览器测试）");
		page.fill("#rect-due", today.plusDays(20).toString());
		page.click("#rect-open");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#rectification-heading")).hasText("补正询问笔录的询问起止时间（浏览器测试）");
		assertThat(page.locator("#rectification-facts")).hasAttribute("data-state", "OPEN");
		screenshot("campaign-rectification");
		assertThat(violations).isEmpty();
	}
}
