package cn.oneteam.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.oneteam.shared.ChinaTime;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.options.LoadState;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/**
 * Assessments in the browser (docs/adr/0039-assessments.md): the supervisor opens them from the supervision hub,
 * chooses the year, drills into a body to its officers and downloads the annual table, which holds that body.
 */
class AssessmentJourneyTest extends BrowserJourney {

	@Test
	void theSupervisorDrillsIntoABodyAndDownloadsTheAnnualTable() throws Exception {
		signIn("hx.supervisor");
		page.click("#nav-supervision");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		page.click("#hub-assessments");
		assertThat(page.locator("#assessments-heading")).isVisible();
		assertThat(page.locator("#assessment-bodies")).containsText("德令哈市综合行政执法局");
		page.click("#assessment-year");
		int year = LocalDate.now(ChinaTime.ZONE).getYear();
		assertThat(page.locator("#assessment-period")).hasValue(String.valueOf(year));
		page.click("#assessment-bodies a.assessment-drill:text-is('德令哈市综合行政执法局')");
		assertThat(page.locator("#assessment-officers")).isVisible();
		assertThat(page.locator("#assessment-officers tbody tr").first()).isVisible();
		screenshot("assessments-officers");

		Download download = page.waitForDownload(() -> page.click("#assessment-download"));
		assertThat(download.suggestedFilename()).isEqualTo("assessments-" + year + ".xlsx");
		try (InputStream in = Files.newInputStream(download.path());
				ReadableWorkbook workbook = new ReadableWorkbook(in)) {
			List<Sheet> sheets = workbook.getSheets().toList();
			assertThat(sheets).hasSize(2);
			List<String> bodies = new ArrayList<>();
			for (Row row : sheets.get(0).read()) {
				bodies.add(row.getCellText(1));
			}
			assertThat(bodies.get(0)).isNotBlank();
			assertThat(bodies).contains("德令哈市综合行政执法局", "格尔木市综合行政执法局");
			assertThat(sheets.get(1).read().size()).isGreaterThan(1);
		}
	}
}
