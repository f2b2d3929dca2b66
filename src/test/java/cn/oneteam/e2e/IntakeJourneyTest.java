package cn.oneteam.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import cn.oneteam.organization.Organizations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The closed loop in a browser: someone reports a problem on the public portal without an account, the dispatcher
 * dispatches it to the body the catalogue names, the unit accepts it, whistles the market supervision department for it
 * (吹哨报到), which reports back and is rated, then replies from its inbox; the reporter sees the reply on the tracking
 * page and rates it — once.
 */
class IntakeJourneyTest extends BrowserJourney {

	@Autowired
	private Organizations organizations;

	@Test
	void aPublicReportIsDispatchedAnsweredAndRated() throws Exception {
		page.navigate(url("/public/report"));
		assertThat(page.locator("#public-report-heading")).isVisible();
		page.selectOption("#public-type", "COMPLAINT");
		page.selectOption("#public-division", "632802001");
		page.fill("#public-description", "浏览器测试：巴音河路一家饭店油烟直排");
		page.fill("#public-phone", "13600001111");
		page.click("#public-submit");
		assertThat(page.locator("#public-received")).isVisible();
		String tracking = page.locator("#public-tracking").textContent().strip();
		assertThat(page.locator("#public-event")).not().containsText("13600001111");
		screenshot("intake-public-received");

		signIn("dlh.dispatch");
		page.navigate(url("/intake?view=classified"));
		page.click("#events a:text('" + tracking + "')");
		assertThat(page.locator("#event-tracking")).hasText(tracking);
		assertThat(page.locator("#event-agency")).hasText("河西街道办事处");
		assertThat(page.locator("#event-routing")).containsText("赋权");
		page.click("#action-dispatch");
		assertThat(page.locator("#event-state")).hasAttribute("data-state", "DISPATCHED");
		screenshot("intake-dispatched");

		signIn("hexi.dispatch");
		page.navigate(url("/intake/inbox"));
		Locator card = page.locator(".inbox-event[data-tracking='" + tracking + "']");
		card.locator(".inbox-accept").click();
		String event = page.locator(".inbox-event[data-tracking='" + tracking + "'] a").first().getAttribute("href")
			.replaceAll(".*/intake/events/(\\d+).*", "$1");

		// 吹哨报到: the township summons the market supervision department for this event, which reports back
		String market = String.valueOf(organizations.findByCode("632802-scjg").orElseThrow().id().value());
		page.navigate(url("/intake/events/" + event));
		page.click("#action-whistle");
		assertThat(page.locator("#raise-event")).hasValue(event);
		page.check("#department-" + market);
		page.fill("#raise-need", "饭店油烟直排，需市场监管部门到场查处");
		page.fill("#raise-address", "巴音河路");
		page.click("#raise-submit");
		assertThat(page.locator("#whistle-heading")).isVisible();
		String whistle = page.url().substring(page.url().lastIndexOf('/') + 1);
		assertThat(page.locator("main")).containsText(tracking);
		signIn("dlh.market");
		page.navigate(url("/whistles/" + whistle));
		page.click("#whistle-acknowledge");
		page.click("#whistle-arrive");
		page.fill("#report-result", "已责令安装油烟净化设施");
		page.click("#whistle-report");
		Locator responder = page.locator(".responder[data-department='" + market + "']");
		assertThat(responder.locator(".responder-state")).hasText("已反馈");
		signIn("hexi.dispatch");
		page.navigate(url("/whistles/" + whistle));
		page.click("#whistle-confirm");
		responder.locator("select[name='score.SATISFACTION']").selectOption("4");
		responder.locator("input[name=comment]").fill("配合到位");
		responder.locator(".rate").click();
		assertThat(responder.locator(".responder-rating")).containsText("配合到位");

		page.navigate(url("/intake/inbox"));
		card = page.locator(".inbox-event[data-tracking='" + tracking + "']");
		card.locator(".inbox-reply-text").fill("已责令安装油烟净化设施，复查达标。");
		card.locator(".inbox-reply").click();
		assertThat(page.locator(".inbox-event[data-tracking='" + tracking + "']")).hasCount(0);

		page.navigate("about:blank");
		context.clearCookies();
		page.navigate(url("/public/track?number=" + tracking));
		assertThat(page.locator("#public-reply")).hasText("已责令安装油烟净化设施，复查达标。");
		assertThat(page.locator("#public-agency")).hasText("河西街道办事处");
		page.click("#rate-SATISFIED");
		assertThat(page.locator("#public-rated")).isVisible();
		assertThat(page.locator("#public-satisfaction")).hasText("满意");
		assertThat(page.locator("#rating-form")).hasCount(0);
		screenshot("intake-rated");
	}

	@Test
	void theGridWorkerFormIsUsableOnAPhone() {
		page.setViewportSize(390, 844);
		signIn("dlh.auxiliary");
		page.navigate(url("/intake/new?grid=true&lang=en"));
		assertThat(page.locator("#event-locate")).isVisible();
		page.fill("#event-description", "Grid check: a restaurant's fumes pour into the street (油烟)");
		page.selectOption("#event-division", "632802001");
		page.fill("#event-lat", "37.3705");
		page.fill("#event-lon", "97.3605");
		page.click("#event-submit");
		assertThat(page.locator("#event-received")).isVisible();
		assertThat(page.locator("#event-state")).hasAttribute("data-state", "CLASSIFIED");
		assertThat(page.locator("#event-routing")).containsText("empowered");
		page.navigate(url("/intake/new?grid=true"));
		page.fill("#event-description", "坐标在辖区外");
		page.selectOption("#event-division", "632802001");
		page.fill("#event-lat", "39.9042");
		page.fill("#event-lon", "116.4074");
		page.click("#event-submit");
		assertThat(page.locator("#error-alert")).containsText("116.4074");
	}
}
