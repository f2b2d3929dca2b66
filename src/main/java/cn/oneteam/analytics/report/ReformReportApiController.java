package cn.oneteam.analytics.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import cn.oneteam.shared.ScopedPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The reform report as JSON, Excel and PDF (docs/adr/0051-reform-report.md). */
@RestController
@Tag(name = "analytics 统计分析", description = "The command centre's figures: dashboards, map and the reform report")
class ReformReportApiController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final ReformReports reports;

	private final ReformLines lines;

	private final ReformWorkbook workbook;

	private final ReformPdf pdf;

	ReformReportApiController(ReformReports reports, ReformLines lines, ReformWorkbook workbook, ReformPdf pdf) {
		this.reports = reports;
		this.lines = lines;
		this.workbook = workbook;
		this.pdf = pdf;
	}

	/**
	 * The report with each figure's label and definition in the reader's language; the staffing figures' posts and
	 * assignments are as recorded on {@code staffingAsOf} (today).
	 */
	record Response(String division, String divisionName, int year, LocalDate day, LocalDate staffingAsOf,
			List<ReformLines.Line> figures) {
	}

	@GetMapping("/api/v1/analytics/reform-report")
	@Operation(summary = "The reform report (综合行政执法改革情况报告) of a division and year, computed from the records",
			description = "Posts, certified officers, auxiliaries, the stationed share against its target, teams before "
					+ "and after consolidation, matters moved to the comprehensive bureau, matters empowered per township "
					+ "and mode (the argument a township's code, the label county·township), cases by procedure, "
					+ "inspections before and after merging, joint inspections, whistles and on-time rates, assessment "
					+ "weights; each figure with its definition. Authorised posts and each person's category, post kind "
					+ "and team have no dated history: they are as recorded on staffingAsOf (today). dashboard:view or "
					+ "supervision:review; the division inside the caller's jurisdiction (403); year 2000 to this year (400).")
	Response json(@RequestParam String division, @RequestParam int year, ScopedPrincipal caller, Locale locale) {
		ReformReport report = reports.report(division, year, caller);
		return new Response(report.division(), report.divisionName(), report.year(), report.day(),
				report.staffingAsOf(), lines.of(report, locale));
	}

	@GetMapping("/api/v1/analytics/reform-report.xlsx")
	@Operation(summary = "The reform report as an Excel workbook: one sheet of figures with their definitions")
	ResponseEntity<byte[]> xlsx(@RequestParam String division, @RequestParam int year, ScopedPrincipal caller,
			Locale locale) {
		ReformReport report = reports.report(division, year, caller);
		return download(workbook.write(report, locale), XLSX, report, "xlsx");
	}

	@GetMapping("/api/v1/analytics/reform-report.pdf")
	@Operation(summary = "The reform report as a PDF with bar charts and each figure's definition")
	ResponseEntity<byte[]> pdf(@RequestParam String division, @RequestParam int year, ScopedPrincipal caller,
			Locale locale) {
		ReformReport report = reports.report(division, year, caller);
		return download(pdf.render(report, locale), MediaType.APPLICATION_PDF, report, "pdf");
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, ReformReport report, String extension) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("reform-report-" + report.division() + "-" + report.year() + "." + extension).build().toString())
			.body(body);
	}
}
