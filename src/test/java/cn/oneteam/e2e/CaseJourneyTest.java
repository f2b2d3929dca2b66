package cn.oneteam.e2e;

import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A general-procedure case in a real browser (Debian's Chromium), from the clue to the closed case: the officer
 * registers and proposes, the squad head and the head approve in their inbox or on the case page, the legal reviewer
 * reviews; the case page ends 已结案 with a record that verifies.
 */
class CaseJourneyTest extends BrowserJourney {

	private String caseId;

	private void openCase() {
		openCase(caseId);
	}

	private void approveInInbox(String approver) {
		approveInInbox(approver, caseId);
	}

	@Test
	void aClueBecomesAClosedCaseThroughTheApprovals() throws Exception {
		String first = person("dlh.officer1");
		String second = person("dlh.officer2");
		signIn("dlh.officer1");
		page.click("#nav-worklist");
		page.click("#new-clue");
		page.selectOption("#f-matter", "HX-CG-009");
		page.fill("#f-place", "632802003");
		page.selectOption("#f-partyKind", "ORGANISATION");
		page.fill("#f-partyName", "某烧烤城（浏览器）" + System.nanoTime() % 100_000);
		page.selectOption("#f-source", "INSPECTION");
		page.fill("#f-facts", "在禁止时段露天烧烤食品");
		page.fill("#f-discoveredOn", "2026-06-01");
		page.fill("#f-actOn", "2026-05-30");
		page.click("#clue-submit");
		assertThat(page.locator("#case-stage")).hasText("线索");
		caseId = page.locator("#case-heading").getAttribute("data-case");
		assertThat(page.locator("#clocks")).containsText("2026-06-23");

		act("file", p -> {
			p.fill("#f-filedOn", "2026-06-03");
			p.fill("#f-actOn", "2026-05-30");
			p.selectOption("#f-officers", new String[] { first, second });
		}, "requested:file");
		assertThat(page.locator("#pending-approval")).containsText("中队长");
		screenshot("case-filing-requested-zh");

		approveInInbox("dlh.squad");
		signIn("dlh.head");
		page.click("#workbench-approvals");
		assertThat(page.locator("#approvals-heading")).isVisible();
		screenshot("approvals-inbox-zh");
		page.click(".approval-request[data-case='" + caseId + "'] .approve");
		assertThat(page.locator(".approval-request[data-case='" + caseId + "']")).hasCount(0);

		signIn("dlh.officer1");
		openCase();
		assertThat(page.locator("#case-stage")).hasText("调查取证");
		act("record-investigation", p -> {
			p.selectOption("#f-kind", "INSPECTION");
			p.fill("#f-on", "2026-06-05");
			p.fill("#f-summary", "现场检查，烧烤摊位3处");
			p.check("#f-certificateShown");
		}, "record-investigation");
		act("submit-report", p -> {
			p.fill("#f-on", "2026-06-10");
			p.selectOption("#f-outcome", "PENALTY");
			p.check("input[name=kinds][value=FINE]");
			p.fill("#f-fine", "2000");
			p.fill("#f-summary", "事实清楚，证据确凿");
		}, "submit-report");
		assertThat(page.locator("#case-stage")).hasText("审核");

		signIn("dlh.legal");
		openCase();
		act("review-case", p -> {
			p.fill("#f-on", "2026-06-11");
			p.selectOption("#f-opinion", "AGREE");
			p.fill("#f-text", "同意");
		}, "review-case");

		signIn("dlh.officer1");
		openCase();
		act("propose", p -> p.fill("#f-on", "2026-06-11"), "requested:propose");
		signIn("dlh.head");
		openCase();
		page.click("#pending-approval .approve");
		assertThat(page.locator("#case-stage")).hasText("事先告知");

		signIn("dlh.officer1");
		openCase();
		act("serve-notice", p -> p.fill("#f-servedOn", "2026-06-15"), "serve-notice");
		act("record-waiver", p -> {
			p.fill("#f-on", "2026-06-16");
			p.fill("#f-how", "当事人书面声明放弃陈述、申辩和听证");
		}, "record-waiver");
		act("decide", p -> p.fill("#f-decidedOn", "2026-06-17"), "requested:decide");
		approveInInbox("dlh.head");

		signIn("dlh.officer1");
		openCase();
		assertThat(page.locator("#case-stage")).hasText("已决定");
		act("serve-decision", p -> {
			p.fill("#f-on", "2026-06-18");
			p.selectOption("#f-method", "DIRECT");
			p.fill("#f-signedBy", "当事人本人");
		}, "serve-decision");
		assertThat(page.locator("#case-payment-due")).hasText("2026-07-03");
		assertThat(page.locator("#payment-reference")).hasText(java.util.regex.Pattern.compile("^6328022026\\d{10}$"));
		act("record-payment", p -> {
			p.fill("#f-paidOn", "2026-07-01");
			p.fill("#f-reference", "PAY-E2E-1");
		}, "record-payment");
		act("close", p -> {
			p.fill("#f-on", "2026-07-02");
			p.fill("#f-summary", "罚款已缴清，结案");
		}, "requested:close");
		approveInInbox("dlh.squad");
		approveInInbox("dlh.head");

		signIn("dlh.officer1");
		openCase();
		assertThat(page.locator("#case-stage")).hasText("已结案");
		assertThat(page.locator("#case-closed-on")).hasText("2026-07-02");
		assertThat(page.locator("#record-verification")).containsText("校验通过");
		assertThat(page.locator("#record tr[data-action='approved:close']")).hasCount(2);
		screenshot("case-closed-zh");
		page.click("#lang-en");
		assertThat(page.locator("#case-stage")).hasText("Closed");
		assertThat(page.locator("#record")).containsText("Approved: Close the case");
		screenshot("case-closed-en");
	}

}
