package cn.oneteam.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.LoadState;
import cn.oneteam.shared.ChinaTime;
import org.junit.jupiter.api.Test;

/**
 * The 司法局 supervisor's journey from an alert to a rectification that is followed up to its end
 * (docs/adr/0036-supervisors-alert-board.md, docs/adr/0035-review-campaigns-and-rectification.md): the hub offers
 * every part of supervision; the board's overdue case periods of the 德令哈 bureau lead to the records, to a question
 * the bureau's head answers from his workbench, and to a new rectification task; the head answers the task without
 * evidence, the supervisor cannot close it so, the head answers again with a file, and the supervisor closes it.
 */
class SupervisorJourneyTest extends BrowserJourney {

	@Test
	void anAlertBecomesARectificationThatClosesOnlyWithEvidence() throws Exception {
		signIn("hx.supervisor");
		page.click("#nav-supervision");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		for (String part : new String[] { "complaints", "inspections", "standards", "alerts", "campaigns",
				"rectifications", "qualifications", "assessments", "exams", "findings" }) {
			assertThat(page.locator("#hub-" + part)).isVisible();
		}
		page.click("#hub-alerts");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		page.locator("#alerts-OVERDUE tr.alert-row[data-pattern=OVERDUE_CASE_PERIOD]")
			.filter(new Locator.FilterOptions().setHasText("德令哈市综合行政执法局"))
			.locator(".alert-drill")
			.click();
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#alert-records tr.alert-record").first()).isVisible();
		String drill = page.url();
		String question = "请说明逾期未办结的原因（监督旅程）";
		page.selectOption("#alert-action-kind", "ASK");
		page.fill("#alert-action-text", question);
		page.click("#alert-action-submit");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#alert-action-list")).containsText(question);

		signIn("dlh.head");
		page.click("#workbench-questions");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		Locator asked = page.locator("#questions-list li").filter(new Locator.FilterOptions().setHasText(question));
		asked.locator("textarea[name=text]").fill("两件案件因检测鉴定中止，已补办延期审批。");
		asked.locator("button[type=submit]").click();
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#questions-list li[data-answered=true]")
			.filter(new Locator.FilterOptions().setHasText(question))).hasCount(1);

		signIn("hx.supervisor");
		page.navigate(drill);
		assertThat(page.locator("#alert-action-list")).containsText("两件案件因检测鉴定中止，已补办延期审批。");
		page.click("#alert-rectify");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#rect-source")).hasValue("ALERT");
		assertThat(page.locator("#rect-ref")).hasValue(Pattern.compile("OVERDUE_CASE_PERIOD:\\d+"));
		String title = "逾期案件逐件说明原因并整改（监督旅程）";
		page.fill("#rect-title", title);
		page.fill("#rect-due", LocalDate.now(ChinaTime.ZONE).plusDays(15).toString());
		page.click("#rect-open");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#rectification-heading")).hasText(title);
		assertThat(page.locator("#rectification-facts")).hasAttribute("data-state", "OPEN");
		String task = page.url();
		screenshot("supervisor-rectification-open");

		signIn("dlh.head");
		page.click("#workbench-rectifications");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		page.locator("#rectifications-table a").filter(new Locator.FilterOptions().setHasText(title)).click();
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page).hasURL(task);
		page.fill("#rectification-answer-form textarea[name=whatWasDone]", "已逐件核查逾期原因，正在补办延期审批。");
		page.click("#rectification-answer");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#rectification-facts")).hasAttribute("data-state", "ANSWERED");

		signIn("hx.supervisor");
		page.navigate(task);
		page.click("#rectification-close");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#error-alert")).isVisible();
		assertThat(page.locator("#rectification-facts")).hasAttribute("data-state", "ANSWERED");

		signIn("dlh.head");
		page.navigate(task);
		page.fill("#rectification-answer-form textarea[name=whatWasDone]", "逾期案件已全部办结，附整改报告。");
		page.fill("#rectification-answer-form input[name=evidenceDescription]", "整改报告");
		page.setInputFiles("#rectification-answer-form input[name=file]", new FilePayload("整改报告.txt",
				"text/plain", "德令哈市综合行政执法局关于逾期案件的整改报告".getBytes(StandardCharsets.UTF_8)));
		page.click("#rectification-answer");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator(".rectification-answer[data-evidence=true]")).hasCount(1);

		signIn("hx.supervisor");
		page.navigate(task);
		page.click("#rectification-close");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#rectification-facts")).hasAttribute("data-state", "CLOSED");
		screenshot("supervisor-rectification-closed");
	}
}
