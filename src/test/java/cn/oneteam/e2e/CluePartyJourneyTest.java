package cn.oneteam.e2e;

import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The clue page's party picker in a real browser (docs/adr/0023-case-party-from-register.md): typing a demo subject's
 * name lists it (htmx, search as you type), choosing it makes it the case's party with its kind from the register.
 */
class CluePartyJourneyTest extends BrowserJourney {

	@Test
	void aSubjectFoundAsYouTypeBecomesTheParty() throws Exception {
		signIn("dlh.officer1");
		page.navigate(url("/cases/new"));
		page.selectOption("#f-matter", "HX-CG-009");
		page.fill("#f-place", "632802003");
		page.fill("#f-party-search", "（演示）德令哈市某广告传媒有限公司");
		page.locator(".party-choice input[name='subjectId']").first().check();
		screenshot("clue-party-picker-zh");
		page.selectOption("#f-source", "INSPECTION");
		page.fill("#f-facts", "在禁止时段露天烧烤食品");
		page.fill("#f-discoveredOn", "2026-06-01");
		page.click("#clue-submit");
		assertThat(page.locator("#case-stage")).hasText("线索");
		assertThat(page.locator("#case-party")).containsText("（演示）德令哈市某广告传媒有限公司");
		assertThat(page.locator("#case-party")).containsText("法人或其他组织");
	}
}
