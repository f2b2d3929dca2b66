package cn.oneteam.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Comparator;
import java.util.List;

import cn.oneteam.casehandling.CaseStage;
import cn.oneteam.casehandling.Cases;
import cn.oneteam.casehandling.PenaltyCase;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.JurisdictionScope;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Evidence in a real browser: the officer opens a case under investigation, uploads a photograph with the form of the
 * case page's 证据 section (streamed to the API), and sees it listed with its digest; a program is refused with the
 * reason shown and nothing listed.
 */
class EvidenceJourneyTest extends BrowserJourney {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H',
			'D', 'R' };

	@Autowired
	private Cases cases;

	@Test
	void anOfficerUploadsAPhotographOnTheCasePageAndSeesItListed() throws Exception {
		long caseId = actingAs("dlh.officer1", () -> cases.inScope(JurisdictionScope.of(List.of(DivisionCode.of("632802")))))
			.stream()
			.filter(c -> c.procedure() == PenaltyCase.Procedure.GENERAL && c.stage() == CaseStage.INVESTIGATING)
			.max(Comparator.comparing(PenaltyCase::id))
			.orElseThrow()
			.id();
		signIn("dlh.officer1");
		page.navigate(url("/cases/" + caseId));
		Locator form = page.locator("#evidence-upload");
		assertThat(form).isVisible();
		upload("Browser photo of the stall", new FilePayload("stall.png", "image/png", PNG));
		Locator row = page.locator("#evidence-items tr", new Page.LocatorOptions()
			.setHasText("Browser photo of the stall"));
		assertThat(row).hasCount(1);
		assertThat(row).containsText("stall.png");
		assertThat(row).containsText("接收时已计算摘要");

		upload("A program", new FilePayload("tool.exe", "application/x-msdownload", new byte[] { 'M', 'Z', 0, 0 }));
		assertThat(page.locator("#evidence-status")).containsText("不接受程序文件");
		assertThat(page.locator("#evidence-items tr", new Page.LocatorOptions()
			.setHasText("A program"))).hasCount(0);
		screenshot("evidence");
	}

	/** Fills the upload form of the case page (dlh.officer1 is named already) and submits it. */
	private void upload(String title, FilePayload file) {
		page.selectOption("#evidence-type", "PHYSICAL");
		page.fill("#evidence-title", title);
		page.fill("#evidence-source", "Taken on site by the officers");
		page.fill("#evidence-place", "Changjiang Road 12");
		page.check("#evidence-officer-" + person("dlh.officer2"));
		page.setInputFiles("#evidence-file", file);
		page.click("#evidence-upload button[type=submit]");
	}
}
