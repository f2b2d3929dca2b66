package cn.oneteam.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import cn.oneteam.inspection.result.VisitFixture;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.Geolocation;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The browser steps of an inspection's result shared by the journeys that record one
 * (docs/adr/0030-recording-and-publishing-inspections.md, docs/adr/0029-inspection-code-public-check-and-rating.md):
 * the inspector's phone, the record page filled and recorded with the code, the receipt with the company's rating
 * secret, publication, the public results page and the company's rating on the code's page.
 */
final class InspectionResultSteps {

	/** The phone's screen (a 6.1-inch phone in CSS pixels). */
	static final int PHONE_WIDTH = 390;

	private final BrowserJourney journey;

	InspectionResultSteps(BrowserJourney journey) {
		this.journey = journey;
	}

	/** The page's Content-Security-Policy violations from now on (the journeys assert there are none). */
	static List<String> cspViolations(Page page) {
		List<String> violations = new CopyOnWriteArrayList<>();
		page.onConsoleMessage(m -> {
			if (m.text().contains("Content Security Policy") || m.text().contains("Refused to")) {
				violations.add(m.text());
			}
		});
		return violations;
	}

	/** The inspector's phone from now on: 390×844, its position granted (德令哈, 15 m). */
	void phone() {
		journey.context.grantPermissions(List.of("geolocation"));
		journey.context.setGeolocation(new Geolocation(37.3695, 97.3607).setAccuracy(15));
		journey.page.setViewportSize(PHONE_WIDTH, 844);
	}

	/**
	 * On the planned visit's record page: the item failed (no "no problem" outcome, a correction order asked), then
	 * passed with a note; a photo taken, the position taken, the party's signature drawn with the pointer and the code
	 * entered as read out (lower case). Nothing is wider than the phone.
	 */
	void fill(long itemId, String code) throws Exception {
		Page page = journey.page;
		assertThat(page.locator("#record-heading")).isVisible();
		assertThat(page.locator("#record-state")).hasAttribute("data-state", "PLANNED");

		page.click("label[for='verdict-" + itemId + "-FAIL']");
		assertThat(page.locator("#outcome-NO_PROBLEM")).isDisabled();
		assertThat(page.locator("#record-correction")).isVisible();
		page.click("label[for='verdict-" + itemId + "-PASS']");
		assertThat(page.locator("#outcome-NO_PROBLEM")).isChecked();
		page.fill("textarea[name='note-" + itemId + "']", "证照齐全");

		page.setInputFiles("#record-photo", new FilePayload("scene.png", "image/png", VisitFixture.png(60)));
		assertThat(page.locator("#record-photos li")).hasCount(1);

		page.click("#record-locate");
		assertThat(page.locator("#record-lat")).hasValue("37.369500");
		assertThat(page.locator("#record-lon")).hasValue("97.360700");

		Locator pad = page.locator("#record-signature");
		pad.scrollIntoViewIfNeeded();
		BoundingBox box = pad.boundingBox();
		page.mouse().move(box.x + 20, box.y + 30);
		page.mouse().down();
		page.mouse().move(box.x + 120, box.y + 110, new Mouse.MoveOptions().setSteps(8));
		page.mouse().move(box.x + 220, box.y + 40, new Mouse.MoveOptions().setSteps(8));
		page.mouse().up();

		page.fill("#record-code", code.toLowerCase());
		Object width = page.evaluate("document.documentElement.scrollWidth");
		assertThat(((Number) width).intValue()).isLessThanOrEqualTo(PHONE_WIDTH);
	}

	/**
	 * Records the filled page: recorded with the code, no problem found, the signature's hash and the photo stored, and
	 * the receipt shows the company's rating secret this once; returns the secret.
	 */
	String record(JdbcClient jdbc, long visitId) {
		Page page = journey.page;
		page.click("#record-submit");
		assertThat(page.locator("#record-state")).hasAttribute("data-state", "RECORDED");
		assertThat(page.locator("#record-with-code")).containsText("使用检查码");
		assertThat(page.locator("#record-outcome")).containsText("未发现问题");
		assertThat(page.locator("#record-receipt")).isVisible();
		Locator secret = page.locator("#record-receipt-secret");
		assertThat(secret).hasText(Pattern.compile("^[0-9A-HJKMNP-TV-Z]{8}$"));
		String signature = jdbc.sql("select signature_sha256 from inspection_result where visit_id = ?")
			.param(visitId).query(String.class).single();
		assertThat(signature).hasSize(64);
		assertThat(jdbc.sql("select count(*) from inspection_photo where visit_id = ?").param(visitId)
			.query(Long.class).single()).isEqualTo(1);
		return secret.textContent();
	}

	/** Publishes the recorded result; the receipt is gone. */
	void publish() {
		Page page = journey.page;
		page.click("#record-publish");
		assertThat(page.locator("#record-state")).hasAttribute("data-state", "PUBLISHED");
		assertThat(page.locator("#record-receipt")).isHidden();
	}

	/** The public results page searched by the subject's name shows the visit's result: its item passed. */
	void publicResult(String subjectName, long visitId, String itemName) {
		Page page = journey.page;
		page.navigate(journey.url("/public/inspections/results?q=" + URLEncoder.encode(subjectName, StandardCharsets.UTF_8)));
		Locator card = page.locator("[data-result-id='" + visitId + "']");
		assertThat(card).isVisible();
		assertThat(card).containsText(itemName);
		assertThat(card).containsText("合格");
	}

	/**
	 * The company, without an account, checks the code on its page (approved, result published) and rates the visit
	 * with its secret, once.
	 */
	void rate(JdbcClient jdbc, long visitId, String code, String secret, int score) {
		Page page = journey.page;
		page.navigate(journey.url("/public/inspections/codes/" + code));
		assertThat(page.locator("#code-authorised[data-authorised='true']")).isVisible();
		assertThat(page.locator("#code-value")).hasText(code);
		assertThat(page.locator("#code-state")).hasText("检查结果已公示");
		page.check("#score-" + score);
		page.fill("#rating-secret", secret);
		page.click("#rating-submit");
		assertThat(page.locator("#code-rated")).isVisible();
		assertThat(page.locator("#code-already-rated")).isVisible();
		assertThat(page.locator("#rating-form")).hasCount(0);
		assertThat(jdbc.sql("select score from inspection_rating where visit_id = ?").param(visitId)
			.query(Integer.class).single()).isEqualTo(score);
	}
}
