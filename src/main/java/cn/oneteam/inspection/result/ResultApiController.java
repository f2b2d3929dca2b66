package cn.oneteam.inspection.result;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Map;

import cn.oneteam.shared.ScopedPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Recording and publishing a visit's result, and the public results (docs/adr/0030-recording-and-publishing-inspections.md).
 * Refusals are problem+json with a code.
 */
@RestController
@Tag(name = "inspection results 检查结果 · 一公开", description = "The result recorded by whoever inspected, photos, "
		+ "publication; the published results without an account")
class ResultApiController {

	private final InspectionResults results;

	private final VisitPhotos photos;

	private final PublicResults published;

	ResultApiController(InspectionResults results, VisitPhotos photos, PublicResults published) {
		this.results = results;
		this.photos = photos;
		this.published = published;
	}

	@GetMapping("/api/v1/inspections/visits/{id}/result")
	@Operation(summary = "The visit with its checklist, photos and, once recorded, its result and linked case")
	ResultViews.Result result(@PathVariable long id, ScopedPrincipal caller) {
		return results.result(id, caller);
	}

	@PostMapping("/api/v1/inspections/visits/{id}/result")
	@Operation(summary = "Record the result, once, as one of the visit's inspectors",
			description = "With a code: its use is checked and recorded (409 inspection.code-wrong, "
					+ "inspection.code-outside-window, inspection.code-not-an-inspector); without: recorded with "
					+ "withCode false, 403 inspection.not-an-inspector for anyone else. 409 inspection.visit-not-planned "
					+ "once recorded. A FAIL needs CORRECTION_ORDERED (correction) or CASE_CLUE (matterCode: the clue is "
					+ "registered and linked); all PASS/NOT_APPLICABLE is NO_PROBLEM.")
	ResultViews.Result record(@PathVariable long id, @Valid @RequestBody ResultInputs.Result input,
			ScopedPrincipal caller) {
		return results.record(id, input, caller);
	}

	@PostMapping(value = "/api/v1/inspections/visits/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a photo (part 'photo', JPEG or PNG by content) before the result is recorded")
	ResultViews.Photo photo(@PathVariable long id, @RequestParam("photo") MultipartFile photo, ScopedPrincipal caller)
			throws IOException {
		try (InputStream in = photo.getInputStream()) {
			return photos.add(id, in, caller);
		}
	}

	@GetMapping("/api/v1/inspections/visits/{id}/photos/{photoId}")
	@Operation(summary = "A photo's bytes")
	ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId, ScopedPrincipal caller) {
		Map.Entry<String, byte[]> photo = photos.content(id, photoId, caller);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.getKey()))
			.cacheControl(CacheControl.noStore())
			.body(photo.getValue());
	}

	@PostMapping("/api/v1/inspections/visits/{id}/publication")
	@Operation(summary = "Publish the recorded result (RECORDED → PUBLISHED), as one of the visit's inspectors",
			description = "409 inspection.visit-not-recorded before the result or once published.")
	ResultViews.Result publish(@PathVariable long id, ScopedPrincipal caller) {
		return results.publish(id, caller);
	}

	@GetMapping("/api/v1/public/inspections/results")
	@Operation(summary = "The published results, newest publication first, 20 a page; no account needed",
			description = "from/to: the day inspected; q: words of the subject's public name or a department's name. "
					+ "Natural persons' names are masked.")
	ResultViews.PublicPage publicResults(@RequestParam(required = false) @Nullable LocalDate from,
			@RequestParam(required = false) @Nullable LocalDate to, @RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "0") int page) {
		return published.page(from, to, q, page, LocaleContextHolder.getLocale());
	}
}
