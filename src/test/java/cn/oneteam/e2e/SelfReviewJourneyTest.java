package cn.oneteam.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The self-review on the case page in the browser (docs/adr/0034-scoring-standards-and-self-review.md): a demo case
 * closed without the receipts of its notice and decision shows its score, grade and the deductions with their
 * reasons, loaded by htmx from the supervision module; the standard's items are one click away.
 */
class SelfReviewJourneyTest extends BrowserJourney {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCasePageShowsTheSelfReviewWithItsDeductions() throws Exception {
		long id = jdbc.sql("select id from penalty_case where party_name = '（演示）德令哈市某渣土运输有限公司'")
			.query(Long.class).single();
		signIn("dlh.officer1");
		page.navigate(url("/cases/" + id + "?lang=en"));
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#self-review-score")).isVisible();
		assertThat(page.locator("#self-review-standard")).hasText("GENERAL-PENALTY v1");
		assertThat(page.locator("#self-review-no-vetoes")).isVisible();
		assertThat(page.locator("#self-review-deductions")).containsText("C02");
		assertThat(page.locator("#self-review-deductions")).containsText("The file holds no 案件调查终结报告");
		screenshot("self-review");
		page.click("#self-review-standard");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#item-GENERAL-PENALTY-v1-C02")).containsText("checked by the system");
	}
}
