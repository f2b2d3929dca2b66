package cn.oneteam.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import cn.oneteam.PdfText;
import cn.oneteam.documents.DocumentType;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An officer opens a demo case, previews a document (样稿, no number), issues it from the case page, sees it listed
 * with its number and digest, and downloads it as issued.
 */
class DocumentJourneyTest extends BrowserJourney {

	@Autowired
	JdbcClient jdbc;


	@Test
	void anOfficerPreviewsIssuesAndDownloadsADocument() throws Exception {
		long caseId = jdbc.sql("""
				select c.id from penalty_case c where c.procedure = 'GENERAL' and c.party_name like '（演示）%'
				  and c.acting_org_id = (select organization_id from document_codes where body_code = '德综执')
				  and exists (select 1 from issued_document d where d.case_id = c.id and d.doc_type = 'FILING_APPROVAL')
				order by c.id limit 1""").query(Long.class).single();
		signIn("dlh.officer1");
		page.navigate(url("/cases/" + caseId));
		assertThat(page.locator("#documents")).isVisible();
		assertThat(page.locator("#issued-documents tr[data-type='FILING_APPROVAL']")).hasCount(1);

		page.locator("#document-types summary").click();
		Locator row = page.locator("#document-types tr[data-type='" + DocumentType.CORRECTION_ORDER.name() + "']");
		String preview = row.locator("form[method='get']").getAttribute("action");
		APIResponse sample = page.request().get(url(preview) + "?input.requirement=" + "停止露天烧烤");
		assertThat(sample.headers().get("content-type")).startsWith("application/pdf");
		assertThat(PdfText.of(sample.body())).contains("样稿", "责令（限期）改正通知书").doesNotContain("德综执责改");

		int before = page.locator("#issued-documents tr[data-type='CORRECTION_ORDER']").count();
		row.locator("input[name='input.requirement']").fill("停止在禁止时段露天烧烤");
		row.locator("input[name='input.deadline']").fill("2026年12月1日");
		row.locator("form.document-issue button").click();
		Locator issued = page.locator("#issued-documents tr[data-type='CORRECTION_ORDER']");
		assertThat(issued).hasCount(before + 1);
		Locator latest = issued.last();
		assertThat(latest).containsText("德综执责改〔");
		screenshot("documents-issued");

		Download download = page.waitForDownload(() -> latest.locator("a.document-download").click());
		byte[] pdf = Files.readAllBytes(download.path());
		assertThat(PdfText.of(pdf)).contains("责令（限期）改正通知书", "停止在禁止时段露天烧烤", "2026年12月1日")
			.doesNotContain("样稿", "〓");
	}
}
