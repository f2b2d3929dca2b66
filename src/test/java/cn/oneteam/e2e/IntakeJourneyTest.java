package cn.oneteam.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * The closed loop in a browser: someone reports a problem on the public portal without an account, the dispatcher
 * dispatches it to the body the catalogue names, the unit accepts and replies from its inbox, and the reporter sees the
 * reply on the tracking page and rates it — once.
 */
class IntakeJourneyTest extends BrowserJourney {

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
