package cn.oneteam.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

/**
 * A complaint about enforcement in the browser (docs/adr/0033-enforcement-complaints.md): the public fills the form
 * without an account, lands on the follow-up page with its tracking number, which shows the state and never the
 * complainant; opening the number again shows the same; no Content-Security-Policy violation on the way; the
 * supervisor finds it on the staff page from the navigation.
 */
class ComplaintJourneyTest extends BrowserJourney {

	@Test
	void thePublicComplainsAndFollowsTheComplaintByItsTrackingNumber() throws Exception {
		List<String> violations = new CopyOnWriteArrayList<>();
		page.onConsoleMessage(message -> {
			if (message.text().contains("Content Security Policy") || message.text().contains("Refused to")) {
				violations.add(page.url() + ": " + message.text());
			}
		});
		page.navigate(url("/public/supervision/complaints?lang=en"));
		assertThat(page.locator("#complaint-heading")).hasText("Complain about enforcement");
		page.fill("#complaint-name", "欧阳明华");
		page.fill("#complaint-phone", "13912345678");
		page.selectOption("#complaint-body", new SelectOption().setLabel("德令哈市综合行政执法局"));
		page.fill("#complaint-facts", "执法人员检查时未出示执法证件（浏览器测试）。");
		page.click("#complaint-submit");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#complaint-received")).isVisible();
		String tracking = page.locator("#complaint-tracking").innerText();
		assertThat(tracking).matches("TS\\d{8}-[2-9A-Z]{16}");
		assertThat(page).hasURL(url("/public/supervision/complaints/" + tracking));
		assertThat(page.locator("#complaint-state")).hasAttribute("data-state", "RECEIVED");
		assertThat(page.locator("#complaint-body-name")).hasText("德令哈市综合行政执法局");
		assertThat(page.content()).doesNotContain("欧阳明华").doesNotContain("13912345678");
		screenshot("complaint-follow");

		page.navigate(url("/public/supervision/complaints/" + tracking));
		assertThat(page.locator("#complaint-tracking")).hasText(tracking);
		assertThat(page.locator("#complaint-received")).hasCount(0);

		signIn("hx.supervisor");
		page.click("#nav-supervision");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		page.click("#hub-complaints");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#complaints-table")).containsText(tracking);
		assertThat(page.locator("#complaints-table")).not().containsText("13912345678");
		assertThat(violations).isEmpty();
	}
}
