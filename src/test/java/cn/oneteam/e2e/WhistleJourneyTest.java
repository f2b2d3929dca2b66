package cn.oneteam.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.oneteam.organization.Organizations;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 吹哨报到 in a real browser: 河西街道 raises a whistle to 德令哈's market supervision department, the department
 * acknowledges, arrives and reports from its inbox, the township confirms closure and rates the response, and the
 * scores page shows the rating.
 */
class WhistleJourneyTest extends BrowserJourney {

	@Autowired
	private Organizations organizations;

	@Test
	void theTownshipWhistlesTheDepartmentReportsAndTheRatingReachesTheScores() throws Exception {
		String market = String.valueOf(organizations.findByCode("632802-scjg").orElseThrow().id().value());
		signIn("hexi.dispatch");
		page.click("#nav-whistles");
		page.click("#whistle-new");
		assertThat(page.locator("#raise-heading")).isVisible();
		page.check("#department-" + market);
		page.fill("#raise-need", "浏览器测试：夜市摊点油烟扰民，需市场监管部门到场");
		page.fill("#raise-address", "河西夜市");
		page.click("#raise-submit");
		assertThat(page.locator("#whistle-heading")).isVisible();
		String whistle = page.url().substring(page.url().lastIndexOf('/') + 1);
		Locator responder = page.locator(".responder[data-department='" + market + "']");
		assertThat(responder.locator(".responder-state")).hasText("待报到");
		screenshot("whistle-raised");

		signIn("dlh.market");
		page.click("#nav-whistles");
		page.click("#whistle-inbox tr[data-whistle='" + whistle + "'] a");
		page.click("#whistle-acknowledge");
		assertThat(responder.locator(".responder-state")).hasText("已报到");
		page.fill("#arrive-lat", "37.3702");
		page.fill("#arrive-lng", "97.3611");
		page.click("#whistle-arrive");
		assertThat(responder.locator(".responder-state")).hasText("已到场");
		page.fill("#report-result", "已责令摊主安装油烟净化设施");
		page.click("#whistle-report");
		assertThat(responder.locator(".responder-state")).hasText("已反馈");
		assertThat(responder.locator("tr[data-clock='REPORT']")).hasAttribute("data-status", "ON_TIME");

		signIn("hexi.dispatch");
		page.navigate(url("/whistles/" + whistle));
		page.click("#whistle-confirm");
		assertThat(page.locator("#whistle-state")).hasText("已办结");
		responder.locator("select[name='score.SATISFACTION']").selectOption("3");
		responder.locator("input[name=comment]").fill("到场及时");
		responder.locator(".rate").click();
		assertThat(responder.locator(".responder-rating")).containsText("到场及时");
		assertThat(page.locator("#record tr[data-action='rated']")).hasCount(1);
		screenshot("whistle-rated");

		page.click("#lang-en");
		assertThat(page.locator("#whistle-state")).hasText("Closed");
		page.navigate(url("/whistles/scores"));
		Locator row = page.locator("#scores-departments tr[data-department='" + market + "']");
		assertThat(row).containsText("德令哈市市场监督管理局");
		assertThat(row.locator(".rating-score")).not().hasText("—");
		assertThat(page.locator("#chart-scores canvas")).hasCount(1);
		screenshot("whistle-scores");
	}
}
