package cn.oneteam.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import cn.oneteam.shared.ChinaTime;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A subject's page in a real browser: 德令哈's officer finds a demo subject, opens its page from the search, records a
 * licence and sees it on the timeline, newest first; then shows a demo person's whole ID number in place of the masked
 * one.
 */
class SubjectJourneyTest extends BrowserJourney {

	@Autowired
	private JdbcClient jdbc;

	@Test
	void anOfficerRecordsALicenceAndSeesItOnTheTimeline() throws Exception {
		String name = jdbc.sql("""
				select name from market_subject where name like '（演示）%' and division_code like '632802%'
				and kind = 'LEGAL_PERSON' order by id limit 1""").query(String.class).single();
		String number = "JY2632802" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
		signIn("dlh.officer1");
		page.click("#nav-subjects");
		page.fill("#subject-q", name);
		page.press("#subject-q", "Enter");
		page.locator("#subject-results a.subject-link").first().click();
		assertThat(page.locator("#subject-heading")).hasText(name);
		assertThat(page.locator("#subject-credit")).isVisible();

		page.fill("#licence-kind", "食品经营许可证");
		page.fill("#licence-number", number);
		page.fill("#licence-issuer-code", "11632802MB015013XG");
		page.fill("#licence-issuer-name", "德令哈市市场监督管理局");
		page.fill("#licence-valid-from", LocalDate.now(ChinaTime.ZONE).minusMonths(1).toString());
		page.fill("#licence-scope", "热食类食品制售");
		page.click("#licence-submit");
		assertThat(page.locator("#licence-recorded")).containsText(number);
		Locator row = page.locator("#licence-table tr", new com.microsoft.playwright.Page.LocatorOptions().setHasText(number));
		assertThat(row).hasAttribute("data-standing", "VALID");
		Locator newest = page.locator("#timeline .timeline-entry").first();
		assertThat(newest).containsText(number);
		assertThat(newest.locator(".timeline-kind")).hasText("许可登记");
		screenshot("subject-licence-recorded");

		String person = jdbc.sql("""
				select id from market_subject where name like '（演示）%' and division_code like '632802%'
				and kind = 'NATURAL_PERSON' order by id limit 1""").query(String.class).single();
		String whole = jdbc.sql("select code from market_subject where id = ?::bigint").param(person).query(String.class)
			.single();
		page.navigate(url("/subjects/" + person));
		assertThat(page.locator("#subject-code")).hasText(whole.charAt(0) + "****************" + whole.charAt(17));
		page.click("#identity-show");
		assertThat(page.locator("#subject-code")).hasText(whole);
	}
}
