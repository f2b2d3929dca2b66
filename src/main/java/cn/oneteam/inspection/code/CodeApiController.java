package cn.oneteam.inspection.code;

import java.time.LocalDate;
import java.util.List;

import cn.oneteam.shared.ScopedPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The inspection code for the staff: its QR and the 检查通知 (who may see the visit), the company's rating and
 * supervision's lists (supervision:review only) (docs/adr/0029-inspection-code-public-check-and-rating.md).
 */
@RestController
@Tag(name = "inspection codes 检查码", description = "The code's QR and notice for the inspectors; ratings, visits "
		+ "recorded without a code and refused code uses for supervision")
class CodeApiController {

	private final CodeNotices notices;

	private final CodeSupervision supervision;

	CodeApiController(CodeNotices notices, CodeSupervision supervision) {
		this.notices = notices;
		this.supervision = supervision;
	}

	static String requestBase() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

	@GetMapping(value = "/api/v1/inspections/visits/{id}/code.png", produces = MediaType.IMAGE_PNG_VALUE)
	@Operation(summary = "The QR of the visit's public check address {base}/public/inspections/codes/{code}",
			description = "base: oneteam.inspection.code.public-base-url, else the address of this request. 404 "
					+ "inspection.visit-not-found when the caller may not see the visit.")
	ResponseEntity<byte[]> qr(@PathVariable long id, ScopedPrincipal caller) {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.IMAGE_PNG)
			.body(notices.qr(id, caller, requestBase()));
	}

	@GetMapping("/api/v1/inspections/visits/{id}/notice")
	@Operation(summary = "检查通知: subject, departments, items, inspectors (names and certificate numbers), window, "
			+ "the code and its public address")
	CodeViews.Notice notice(@PathVariable long id, ScopedPrincipal caller) {
		return notices.notice(id, caller, requestBase());
	}

	@GetMapping("/api/v1/inspections/visits/{id}/rating")
	@Operation(summary = "The company's rating of the visit — supervision (supervision:review) only",
			description = "403 for everyone else, the inspecting department included; 404 inspection.rating-none "
					+ "when not rated.")
	CodeViews.Rating rating(@PathVariable long id, ScopedPrincipal caller) {
		return supervision.rating(id, caller);
	}

	@GetMapping("/api/v1/supervision/inspection-ratings")
	@Operation(summary = "Ratings given in the period (days, both included; the last 30 days by default) on visits "
			+ "of the caller's jurisdiction, newest first (supervision:review)")
	List<CodeViews.Rating> ratings(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
			@Nullable LocalDate from, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
			@Nullable LocalDate to, ScopedPrincipal caller) {
		return supervision.ratings(from, to, caller);
	}

	@GetMapping("/api/v1/supervision/inspections/uncoded")
	@Operation(summary = "Visits recorded without their code (flagged) in the period (days recorded, both included; the "
			+ "last 30 days by default), newest first, at most 500 (supervision:review)")
	List<CodeViews.Uncoded> uncoded(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
			@Nullable LocalDate from, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
			@Nullable LocalDate to, ScopedPrincipal caller) {
		return supervision.uncoded(from, to, caller);
	}

	@GetMapping("/api/v1/supervision/inspections/refused-code-uses")
	@Operation(summary = "Refused uses of inspection codes in the period (the last 30 days by default): who, when, why; "
			+ "newest first, at most 500 (supervision:review)")
	List<CodeViews.RefusedUse> refusedUses(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
			@Nullable LocalDate from, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
			@Nullable LocalDate to, ScopedPrincipal caller) {
		return supervision.refusedUses(from, to, caller);
	}
}
