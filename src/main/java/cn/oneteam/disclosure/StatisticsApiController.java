package cn.oneteam.disclosure;

import java.util.List;

import cn.oneteam.shared.ScopedPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 统计年报 for signed-in staff (docs/adr/0045-annual-enforcement-statistics.md): publish a year's reports now (the
 * supervising 司法局 or the administrator), or preview a body's figures of a year not yet published.
 */
@RestController
@Tag(name = "statistics 执法统计年报", description = "Publish the annual enforcement statistics of the bodies in the "
		+ "caller's jurisdiction now, re-publish with a reason, preview a year to date")
class StatisticsApiController {

	private final EnforcementStatistics statistics;

	StatisticsApiController(EnforcementStatistics statistics) {
		this.statistics = statistics;
	}

	/** Optionally one body (its id), and the reason of a re-publication. */
	record PublishRequest(@Nullable String body, @Nullable String reason) {
	}

	@PostMapping("/api/v1/disclosure/statistics/{year}/publish")
	@Operation(summary = "Publish the year's reports now for every enforcement body seated in the caller's "
			+ "jurisdiction, or one body: a body without a report gets version 1; one with a report keeps it "
			+ "(ALREADY_PUBLISHED) unless a reason is given, which publishes a new version of freshly generated figures",
			description = "supervision:review or organization:register. 422 disclosure.statistics-year-not-ended for "
					+ "the current year or a later one; 400 disclosure.statistics-input (year, reason over 500); 400 "
					+ "disclosure.statistics-correction-body for a reason without a body; 404 disclosure.body-unknown "
					+ "for a body outside the jurisdiction; 409 disclosure.statistics-concurrent when concurrent "
					+ "corrections keep taking the next version.")
	List<EnforcementStatistics.Publication> publish(@PathVariable int year,
			@RequestBody(required = false) @Nullable PublishRequest request, ScopedPrincipal caller) {
		return statistics.publish(year, request == null ? null : request.body(),
				request == null ? null : request.reason(), caller);
	}

	@GetMapping("/api/v1/disclosure/statistics/preview")
	@Operation(summary = "A body's figures of a year, not published: the current year up to today (year to date), a "
			+ "past year whole", description = "Signed-in staff (supervision, dashboards, case readers). 400 "
					+ "disclosure.statistics-input; 404 disclosure.body-unknown outside the caller's jurisdiction.")
	EnforcementStatistics.Preview preview(@Parameter(description = "the body's id") @RequestParam(required = false)
			@Nullable String body, @Parameter(description = "the year (default: this year)")
			@RequestParam(required = false) @Nullable String year, ScopedPrincipal caller) {
		return statistics.preview(body, year, caller);
	}
}
