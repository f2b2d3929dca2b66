package cn.oneteam.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;

/**
 * 扫码亮证 in the browser (docs/adr/0040-public-portal-and-officer-verification.md): from the portal's landing page to
 * officer verification, dlh.officer1's certificate number typed, the result in Chinese and then in English; no
 * Content-Security-Policy violation on the way.
 */
class OfficerVerificationJourneyTest extends BrowserJourney {

	@Test
	void theVisitorVerifiesAnOfficerFromThePortalInBothLanguages() throws Exception {
		List<String> violations = new CopyOnWriteArrayList<>();
		page.onConsoleMessage(message -> {
			if (message.text().contains("Content Security Policy") || message.text().contains("Refused to")) {
				violations.add(page.url() + ": " + message.text());
			}
		});
		page.navigate(url("/public"));
		assertThat(page.locator("#portal-heading")).hasText("行政执法公示");
		page.click("#portal-officers");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#officer-heading")).hasText("执法人员核验");
		page.fill("#officer-number", " QH6328020001 ");
		page.click("#officer-submit");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page).hasURL(url("/public/officers/QH6328020001"));
		assertThat(page.locator("#officer-standing")).hasAttribute("data-status", "VALID");
		assertThat(page.locator("#officer-body")).hasText("德令哈市综合行政执法局");
		assertThat(page.locator("#officer-domains")).containsText("城市管理");
		assertThat(page.locator("#officer-status")).hasText("有效");
		String name = page.locator("#officer-name").innerText();
		assertThat(name).isNotBlank();
		screenshot("officer-verification");

		page.click("#lang-en");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#officer-heading")).hasText("Verify an officer");
		assertThat(page.locator("#officer-domains")).containsText("Urban management");
		assertThat(page.locator("#officer-standing")).containsText("This certificate is valid on");
		assertThat(page.locator("#officer-name")).hasText(name);
		assertThat(violations).isEmpty();
	}
}
