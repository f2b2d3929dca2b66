package cn.oneteam.e2e;

import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The main journey in a real browser (Debian's Chromium): sign in, see the workbench, switch language, browse. */
class WorkbenchJourneyTest extends BrowserJourney {

	@Test
	void signInSwitchLanguageAndBrowseTheDivisionTree() throws Exception {
		page.navigate(url("/"));
		assertThat(page.locator("h1")).hasText("登录综合行政执法一体化平台"); // Chinese first, whatever the browser says
		signIn("admin");
		assertThat(page.locator("#workbench-heading")).hasText("工作台");
		assertThat(page.locator("#current-user")).hasText("平台管理员");
		assertThat(page.locator("#my-jurisdiction")).containsText("全国");
		screenshot("workbench-zh");

		page.click("#lang-en");
		assertThat(page.locator("#workbench-heading")).hasText("Workbench");
		assertThat(page.locator("#my-jurisdiction")).containsText("Nationwide");
		screenshot("workbench-en");

		page.click("text=Divisions >> nth=0");
		page.fill("#region-q", "德令哈");
		page.press("#region-q", "Enter");
		assertThat(page.locator("#search-results")).containsText("德令哈市");
		page.click("#search-results >> text=德令哈市");
		assertThat(page.locator("#current-name")).hasText("德令哈市");
		assertThat(page.locator("#children")).containsText("河西街道");
		assertThat(page.locator("#children")).containsText("Sub-district");
		assertThat(page.locator("#region-path")).containsText("海西蒙古族藏族自治州");

		page.click("#lang-zh");
		assertThat(page.locator("h1")).hasText("行政区划");
		assertThat(page.locator("#children")).containsText("街道");
		screenshot("regions-zh");
	}

	@Test
	void aTownshipDispatcherComputesADeadlineAndSeesOnlyItsOwnTownship() throws Exception {
		signIn("hexi.dispatch");
		assertThat(page.locator("#my-organization")).hasText("河西街道办事处");

		page.navigate(url("/calendar"));
		page.fill("#period-from", "2026-09-30");
		page.fill("#period-days", "5");
		page.selectOption("#period-mode", "working");
		page.click("form:has(#period-from) button[type=submit]");
		assertThat(page.locator("#period-result")).containsText("2026-10-13");

		page.navigate(url("/organizations"));
		assertThat(page.locator("#organizations")).containsText("河西街道办事处");
		assertThat(page.locator("#organizations")).containsText("德令哈市综合行政执法局");
		assertThat(page.locator("#organizations")).not().containsText("尕海镇人民政府");
		screenshot("organizations-township");
	}

	@Test
	void aLeaderReadsTheStaffingFiguresWithCharts() throws Exception {
		signIn("hx.leader");
		page.click("text=编制统计");
		assertThat(page.locator("h1")).hasText("海西蒙古族藏族自治州综合行政执法队伍统计");
		assertThat(page.locator("#total-vacancy-rate")).hasText("43.4 %");
		assertThat(page.locator("#staffing-bodies tbody tr")).hasCount(7);
		assertThat(page.locator("#chart-posts canvas")).hasCount(1);
		assertThat(page.locator("#chart-rates canvas")).hasCount(1);
		screenshot("staffing-zh");
	}

	@Test
	void anOfficerAsksWhoEnforcesAMatterAndChecksTheBoundaries() throws Exception {
		signIn("dlh.officer1");
		page.click("text=执法事项");
		assertThat(page.locator("#matters")).containsText("DEMO-DQ-118-1");
		page.click("text=谁来执法");
		page.selectOption("#resp-matter", "DEMO-DQ-118-1");
		page.fill("#resp-division", "632802100");
		page.fill("#resp-date", "2026-11-24");
		page.click("#resp-submit");
		assertThat(page.locator("#resp-answer h2")).hasText("尕海镇人民政府");
		assertThat(page.locator("#resp-document-name")).hasText("德令哈市综合行政执法局");
		assertThat(page.locator("#resp-explanation")).containsText("第二十条");
		screenshot("catalog-responsible-zh");
		page.fill("#resp-division", "63abc");
		page.click("#resp-submit");
		assertThat(page.locator("#error-alert")).containsText("不是有效的行政区划代码"); // a boosted 400 is shown
		page.goBack();

		page.click("text=事项目录");
		page.click("text=DEMO-DQ-118-1");
		page.check("input[name=party][value=ORGANISATION]");
		page.check("input[name=circumstance][value=remedied]");
		page.click("#calc-submit");
		assertThat(page.locator("#calc-result")).containsText("从轻处罚");
		assertThat(page.locator("#calc-result")).containsText("20,000");
		screenshot("catalog-calculator-zh");

		page.click("text=职责边界检查");
		assertThat(page.locator("#report-gaps")).containsText("柯鲁柯镇");
		assertThat(page.locator("#report-overlaps")).containsText("怀头他拉镇");
		page.click("#lang-en");
		assertThat(page.locator("h2").first()).hasText("Gaps (nobody enforces)");
		screenshot("catalog-report-en");
	}

	@Test
	void twoOfficersRecordAnOnTheSpotPenalty() throws Exception {
		String first = person("dlh.officer1");
		String second = person("dlh.officer2");
		signIn("dlh.officer1");
		page.click("text=案件");
		page.click("#new-on-the-spot");
		page.fill("#ots-matter", "HX-CG-009");
		page.fill("#ots-place", "632802003");
		page.fill("#ots-date", "2026-11-20");
		page.selectOption("#ots-party-kind", "ORGANISATION");
		page.fill("#ots-party", "某餐饮店");
		page.fill("#ots-form", "DLH-J-E2E-1");
		page.fill("#ots-facts", "在禁止时段露天烧烤食品");
		page.check("input[name=kinds][value=FINE]");
		page.fill("#ots-fine", "3500");
		page.selectOption("#ots-officers", new String[] { first, second });
		page.check("#ots-informed");
		page.click("#ots-submit");
		assertThat(page.locator("#refusal-reasons")).containsText("三千元以下");
		page.fill("#ots-fine", "800");
		page.check("input[name=kinds][value=FINE]");
		page.check("#ots-informed");
		page.selectOption("#ots-officers", new String[] { first, second });
		page.click("#ots-submit");
		assertThat(page.locator("#case-penalty")).containsText("800");
		assertThat(page.locator("#case-payment-due")).hasText("2026-12-07");
		assertThat(page.locator("#record-verification")).containsText("校验通过");
		screenshot("case-on-the-spot-zh");
	}

}
