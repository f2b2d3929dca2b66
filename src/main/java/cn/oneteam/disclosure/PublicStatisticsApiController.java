package cn.oneteam.disclosure;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 行政执法统计年报 without an account: a body's published report of a year, and all bodies' reports of a year as an
 * open-data file (docs/adr/0045-annual-enforcement-statistics.md). Figures only — never a person.
 */
@RestController
@Tag(name = "public statistics 执法统计年报", description = "Each enforcement body's annual enforcement statistics, "
		+ "generated from the records and published by 31 January of the next year; open data for republishing")
class PublicStatisticsApiController {

	private final EnforcementStatistics statistics;

	private final OpenDataIndex openData;

	PublicStatisticsApiController(EnforcementStatistics statistics, OpenDataIndex openData) {
		this.statistics = statistics;
		this.openData = openData;
	}

	@GetMapping("/api/v1/public/open-data")
	@Operation(summary = "The open-data sets the portal offers: id, title and description (in the request's language: "
			+ "Accept-Language or ?lang=), format (JSON, CSV, Atom) and address ({placeholders} to fill), with the "
			+ "terms of reuse (oneteam.disclosure.open-data)")
	OpenDataIndex.Index openData(Locale locale) {
		return openData.index(locale);
	}

	@GetMapping("/api/v1/public/statistics")
	@Operation(summary = "A body's published report of a year (the newest version unless one is asked for): penalty "
			+ "cases by procedure, domain and kind, fines decided and collected, hearings, reconsiderations, lawsuits, "
			+ "coercive measures, transfers to judicial organs, inspections, complaints — every category, zero where "
			+ "none; publishedOn, dueOn, onTime and every version with its reason",
			description = "400 disclosure.statistics-input for a missing or malformed body, year or version; 404 "
					+ "disclosure.statistics-unpublished when the body has no published report of the year.")
	StatisticsReport report(@Parameter(description = "the body's id, see /api/v1/public/bodies")
			@RequestParam(required = false) @Nullable String body,
			@Parameter(description = "the calendar year, e.g. 2025") @RequestParam(required = false) @Nullable String year,
			@Parameter(description = "a version (default: the newest)")
			@RequestParam(required = false) @Nullable String version) {
		return statistics.published(body, year, version);
	}

	@GetMapping("/api/v1/public/statistics/years")
	@Operation(summary = "The years with a published report, newest first")
	List<Integer> years() {
		return statistics.years();
	}

	@GetMapping(path = "/api/v1/public/statistics/{year}")
	@Operation(summary = "Every body's published report of the year (its newest version), by body name",
			description = "400 disclosure.statistics-input for a malformed year; an empty list when none is published.")
	List<StatisticsReport> year(@PathVariable String year) {
		return statistics.publishedOfYear(year);
	}

	@GetMapping(path = "/api/v1/public/statistics/{year}.csv")
	@Operation(summary = "Every body's published report of the year as CSV (UTF-8 with BOM), one row per body, stable "
			+ "English column names", description = "400 disclosure.statistics-input for a malformed year; only the "
					+ "header when none is published.",
			responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv",
					schema = @Schema(type = "string"))))
	ResponseEntity<byte[]> csv(@PathVariable String year) {
		List<StatisticsReport> reports = statistics.publishedOfYear(year);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("enforcement-statistics-" + EnforcementStatistics.year(year) + ".csv")
				.build()
				.toString())
			.body(StatisticsCsv.of(reports).getBytes(StandardCharsets.UTF_8));
	}
}
