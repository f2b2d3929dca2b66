package cn.oneteam.e2e;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Execution in a real browser on the demo case whose fine is overdue and the 催告 served: the case shows the payment
 * reference, the surcharge owed today and the demand; the officer proposes an execution agreement relieving part of
 * the surcharge (强制法 §42), the head approves it in the inbox, and the case then shows the relief.
 */
class ExecutionJourneyTest extends BrowserJourney {

	@Test
	void anOverdueFineShowsItsSurchargeAndAnAgreementRelievesIt() throws Exception {
		signIn("dlh.officer1");
		page.navigate(url("/cases"));
		page.click("tr:has-text('（演示）德令哈市某管线安装有限公司') a");
		assertThat(page.locator("#case-stage")).hasText("执行");
		String id = page.url().replaceAll(".*/cases/(\\d+).*", "$1");
		assertThat(page.locator("#payment-reference")).hasText(java.util.regex.Pattern.compile("^632802\\d{14}$"));
		assertThat(page.locator("#execution-demand")).containsText("送达");
		assertThat(page.locator("#surcharge-today")).not().hasText("0.00 元"); // capped at the fine long ago
		screenshot("execution-overdue-zh");

		String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
		act("agree-execution", p -> {
			p.fill("#f-on", today);
			p.fill("#f-terms", "当事人承诺于本月底前缴清罚款");
			p.fill("#f-remedialSteps", "已补设安全防围设施和警示灯");
			p.fill("#f-surchargeRelief", "100");
		}, "requested:agree-execution");
		approveInInbox("dlh.head", id);

		signIn("dlh.officer1");
		openCase(id);
		assertThat(page.locator("#execution")).containsText("已减免 100.00 元");
		page.click("#lang-en");
		assertThat(page.locator("#execution")).containsText("Payment reference");
		assertThat(page.locator("#execution")).containsText("100.00 relieved");
		screenshot("execution-relieved-en");
	}
}
