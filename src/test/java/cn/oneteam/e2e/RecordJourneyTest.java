package cn.oneteam.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import cn.oneteam.inspection.result.VisitFixture;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.subject.SubjectKind;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.Geolocation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An inspector records a drawn visit on a phone (390×844): answers the checklist, takes a photo, takes the position,
 * has the party sign on the canvas with the pointer, enters the code, records and publishes; the public results page
 * then shows the result (docs/adr/0030-recording-and-publishing-inspections.md). No Content-Security-Policy violation,
 * nothing wider than the screen.
 */
class RecordJourneyTest extends BrowserJourney {

	@Autowired
	private ApplicationContext applicationContext;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void anInspectorRecordsAndPublishesOnAPhoneAndThePublicSeesIt() throws Exception {
		VisitFixture.Made made = new VisitFixture(applicationContext)
			.visit(java.time.LocalDate.now(ChinaTime.ZONE).getYear(), SubjectKind.LEGAL_PERSON);
		List<String> violations = new CopyOnWriteArrayList<>();
		page.onConsoleMessage(m -> {
			if (m.text().contains("Content Security Policy") || m.text().contains("Refused to")) {
				violations.add(m.text());
			}
		});
		signIn(VisitFixture.INSPECTOR);
		BrowserContext phone = context;
		phone.grantPermissions(List.of("geolocation"));
		phone.setGeolocation(new Geolocation(37.3695, 97.3607).setAccuracy(15));
		page.setViewportSize(390, 844);
		page.navigate(url("/inspections/visits/" + made.visitId() + "/record"));
		assertThat(page.locator("#record-heading")).isVisible();
		assertThat(page.locator("#record-state")).hasAttribute("data-state", "PLANNED");

		page.click("label[for='verdict-" + made.itemId() + "-FAIL']");
		assertThat(page.locator("#outcome-NO_PROBLEM")).isDisabled();
		assertThat(page.locator("#record-correction")).isVisible();
		page.click("label[for='verdict-" + made.itemId() + "-PASS']");
		assertThat(page.locator("#outcome-NO_PROBLEM")).isChecked();
		page.fill("textarea[name='note-" + made.itemId() + "']", "证照齐全");

		page.setInputFiles("#record-photo", new FilePayload("scene.png", "image/png",
				VisitFixture.png(60)));
		assertThat(page.locator("#record-photos li")).hasCount(1);

		page.click("#record-locate");
		assertThat(page.locator("#record-lat")).hasValue("37.369500");
		assertThat(page.locator("#record-lon")).hasValue("97.360700");

		Locator pad = page.locator("#record-signature");
		pad.scrollIntoViewIfNeeded();
		BoundingBox box = pad.boundingBox();
		page.mouse().move(box.x + 20, box.y + 30);
		page.mouse().down();
		page.mouse().move(box.x + 120, box.y + 110, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(8));
		page.mouse().move(box.x + 220, box.y + 40, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(8));
		page.mouse().up();

		page.fill("#record-code", made.code().toLowerCase());
		Object width = page.evaluate("document.documentElement.scrollWidth");
		assertThat(((Number) width).intValue()).isLessThanOrEqualTo(390);
		screenshot("record-phone");
		page.click("#record-submit");
		assertThat(page.locator("#record-state")).hasAttribute("data-state", "RECORDED");
		assertThat(page.locator("#record-with-code")).containsText("使用检查码");
		assertThat(page.locator("#record-outcome")).containsText("未发现问题");
		// the receipt: the company's rating secret, shown this once
		assertThat(page.locator("#record-receipt")).isVisible();
		assertThat(page.locator("#record-receipt-secret")).hasText(java.util.regex.Pattern.compile("^[0-9A-HJKMNP-TV-Z]{8}$"));
		String signature = jdbc.sql("select signature_sha256 from inspection_result where visit_id = ?")
			.param(made.visitId()).query(String.class).single();
		assertThat(signature).hasSize(64);
		assertThat(jdbc.sql("select count(*) from inspection_photo where visit_id = ?").param(made.visitId())
			.query(Long.class).single()).isEqualTo(1);

		page.click("#record-publish");
		assertThat(page.locator("#record-state")).hasAttribute("data-state", "PUBLISHED");
		assertThat(page.locator("#record-receipt")).isHidden();
		screenshot("record-published");

		page.navigate(url("/public/inspections/results?q=" + java.net.URLEncoder.encode(made.subjectName(),
				java.nio.charset.StandardCharsets.UTF_8)));
		Locator card = page.locator("[data-result-id='" + made.visitId() + "']");
		assertThat(card).isVisible();
		assertThat(card).containsText(made.itemName());
		assertThat(card).containsText("合格");
		assertThat(violations).isEmpty();
	}
}
