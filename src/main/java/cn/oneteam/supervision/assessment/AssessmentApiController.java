package cn.oneteam.supervision.assessment;

import java.util.Locale;

import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.supervision.assessment.AssessmentViews.BodyTable;
import cn.oneteam.supervision.assessment.AssessmentViews.OfficerTable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Assessments of officers and bodies, and the annual table in Excel (docs/adr/0039-assessments.md). */
@RestController
@RequestMapping("/api/v1/supervision/assessments")
@Tag(name = "assessments 考核", description = "Officers' and bodies' assessments per month (2026-11), quarter (2026-Q4) "
		+ "or year (2026): the supervisor (supervision:review) for the bodies seated in his jurisdiction, a body's head "
		+ "(BUREAU_HEAD with dashboard:view) for his own body; another body is 404")
class AssessmentApiController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Assessments assessments;

	private final AnnualWorkbook workbook;

	AssessmentApiController(Assessments assessments, AnnualWorkbook workbook) {
		this.assessments = assessments;
		this.workbook = workbook;
	}

	@GetMapping("/officers")
	@Operation(summary = "The officers of a body in the period: cases, periods met and breached, review scores, "
			+ "complaints upheld, training hours, score", description = "400 supervision.assessment-period-invalid; 404 "
					+ "supervision.assessment-body-unknown outside the caller's view")
	OfficerTable officers(@RequestParam(required = false) @Nullable Long body,
			@RequestParam(required = false) @Nullable String period, ScopedPrincipal caller) {
		AssessmentPeriod p = AssessmentPeriod.parse(period);
		return assessments.officers(body == null ? caller.organizationId() : body, p, caller);
	}

	@GetMapping("/bodies")
	@Operation(summary = "The bodies in the caller's view in the period, the best score first: case figures, the "
			+ "townships' ratings with their weight, the score", description = "400 supervision.assessment-period-invalid")
	BodyTable bodies(@RequestParam(required = false) @Nullable String period, ScopedPrincipal caller) {
		return assessments.bodies(AssessmentPeriod.parse(period), caller);
	}

	@GetMapping("/annual.xlsx")
	@Operation(summary = "The annual table (.xlsx): a sheet of bodies and a sheet of officers; Chinese headers, "
			+ "English with lang=en", description = "400 supervision.assessment-period-invalid for a bad year")
	ResponseEntity<byte[]> annual(@RequestParam(required = false) @Nullable String year,
			@RequestParam(required = false) @Nullable String lang, ScopedPrincipal caller) {
		int y = year(year);
		Locale locale = "en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
		byte[] file = workbook.write(assessments.annual(y, caller), locale);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("assessments-" + y + ".xlsx").build().toString())
			.contentType(XLSX)
			.body(file);
	}

	/** The year asked for, refused like a bad period. */
	static int year(@Nullable String year) {
		if (year == null || !year.strip().matches("\\d{4}")) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "supervision.assessment-period-invalid",
					year == null ? "" : year, AssessmentPeriod.FIRST_YEAR, AssessmentPeriod.LAST_YEAR);
		}
		return AssessmentPeriod.ofYear(Integer.parseInt(year.strip())).from().getYear();
	}
}
