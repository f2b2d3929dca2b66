package cn.oneteam.inspection.code;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The code's public check and the company's rating, without an account, rate-limited per client address
 * (docs/adr/0029-inspection-code-public-check-and-rating.md).
 */
@RestController
@RequestMapping("/api/v1/public/inspections/codes")
@Tag(name = "public inspection codes 检查码核验", description = "Is this inspection authorised, by whom, for what; "
		+ "rate it once after its result is recorded")
class PublicCodeApiController {

	private final PublicCodeCheck codes;

	PublicCodeApiController(PublicCodeCheck codes) {
		this.codes = codes;
	}

	@GetMapping("/{code}")
	@Operation(summary = "Whether the inspection is authorised, the departments, inspectors (names and certificate "
			+ "numbers), items, window, state; a natural person's name masked",
			description = "404 inspection.code-unknown; 429 inspection.code-check-rate-limited.")
	CodeViews.PublicCheck check(@PathVariable String code, HttpServletRequest request) {
		codes.throttle(request.getRemoteAddr());
		return codes.check(code);
	}

	@PostMapping("/{code}/rating")
	@Operation(summary = "Rate the inspection once after its result is recorded: score 1–5, conduct flags, comment "
			+ "(≤ 500 characters)", description = "409 inspection.rating-before-record, 409 inspection.rating-twice. "
					+ "The inspecting department never sees the rating.")
	CodeViews.PublicCheck rate(@PathVariable String code, @Valid @RequestBody CodeViews.RatingInput rating,
			HttpServletRequest request) {
		codes.throttle(request.getRemoteAddr());
		return codes.rate(code, rating);
	}
}
