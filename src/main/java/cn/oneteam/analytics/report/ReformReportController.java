package cn.oneteam.analytics.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.oneteam.shared.ScopedPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The reform report as JSON, Excel, PDF and a page with charts (docs/adr/0051-reform-report.md). */
@Controller
@Tag(name = "analytics 统计分析", description = "The command centre's figures: dashboards, map and the reform report")
class ReformReportController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final ReformReports reports;

	private final ReformLines lines;

	private final ReformWorkbook workbook;

	private final ReformPdf pdf;

	private final Clock clock;

	ReformReportController(ReformReports reports, ReformLines lines, ReformWorkbook workbook, ReformPdf pdf,
			Clock clock) {
		this.reports = reports;
		this.lines = lines;
		this.workbook = workbook;
		this.pdf = pdf;
		this.clock = clock;
	}

	/** The report with each figure's label and definition in the reader's language. */
	record Response(String division, String divisionName, int year, LocalDate day, List<ReformLines.Line> figures) {
	}

	@GetMapping("/api/v1/analytics/reform-report")
	@ResponseBody
	@Operation(summary = "The reform report (综合行政执法改革情况报告) of a division and year, computed from the records",
			description = "Posts, certified officers, auxiliaries, the stationed share against its target, teams before "
					+ "and after consolidation, matters moved to the comprehensive bureau, matters empowered per township "
					+ "and mode, cases by procedure, inspections before and after merging, joint inspections, whistles "
					+ "and on-time rates, assessment weights; each figure with its definition. dashboard:view or "
					+ "supervision:review; the division inside the caller's jurisdiction (403); year 2000 to this year (400).")
	Response json(@RequestParam String division, @RequestParam int year, ScopedPrincipal caller, Locale locale) {
		ReformReport report = reports.report(division, year, caller);
		return new Response(report.division(), report.divisionName(), report.year(), report.day(),
				lines.of(report, locale));
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

	@GetMapping("/analytics/reform-report")
	String page(@RequestParam(required = false) @Nullable String division,
			@RequestParam(required = false) @Nullable Integer year, ScopedPrincipal caller, Locale locale, Model model) {
		String area = division != null && !division.isBlank() ? division.trim()
				: caller.jurisdiction().isNationwide() ? "63" : caller.jurisdiction().codes().get(0);
		int y = year == null ? LocalDate.now(clock).getYear() : year;
		ReformReport report = reports.report(area, y, caller);
		List<ReformLines.Line> all = lines.of(report, locale);
		model.addAttribute("report", report);
		model.addAttribute("sections", ReformReport.SECTIONS);
		model.addAttribute("lines", all);
		model.addAttribute("chart", chart(report, all));
		return "analytics/reform-report";
	}

	/** The charts' data for the page script: per chart its title, the labels and the values. */
	private Map<String, Object> chart(ReformReport report, List<ReformLines.Line> all) {
		Map<String, Object> charts = new LinkedHashMap<>();
		ReformReport.CHARTS.forEach((key, figures) -> charts.put(key, Map.of(
				"labels", figures.stream().map(f -> all.stream().filter(l -> l.key().equals(f)).findFirst()
					.map(ReformLines.Line::label).orElse(f)).toList(),
				"values", figures.stream().map(f -> report.value(f, null)).toList())));
		return charts;
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, ReformReport report, String extension) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("reform-report-" + report.division() + "-" + report.year() + "." + extension).build().toString())
			.body(body);
	}
}
