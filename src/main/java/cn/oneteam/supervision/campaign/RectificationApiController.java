package cn.oneteam.supervision.campaign;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.supervision.campaign.Rectification.NewRectification;
import cn.oneteam.supervision.campaign.Rectification.Step;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Rectification tasks (整改) between the supervising 司法局 and a body (docs/adr/0035-review-campaigns-and-rectification.md). */
@RestController
@RequestMapping("/api/v1/supervision/rectifications")
@Tag(name = "rectifications 整改", description = "Rectification tasks: opened by a supervisor (supervision:review) for a "
		+ "body of its jurisdiction, answered with evidence by the body (case:handle or case:approve of that body), "
		+ "closed only with evidence, reopened for follow-up")
class RectificationApiController {

	private final Rectifications rectifications;

	RectificationApiController(Rectifications rectifications) {
		this.rectifications = rectifications;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Open a task: {bodyId, source (CAMPAIGN|ALERT|FINDING|COMPLAINT), sourceRef, title, dueOn}",
			description = "400 supervision.rectification-input, supervision.rectification-body-unknown (outside the "
					+ "jurisdiction), supervision.rectification-due-past")
	Rectification open(@RequestBody NewRectification task, ScopedPrincipal caller) {
		return rectifications.open(task, caller);
	}

	@GetMapping
	@Operation(summary = "A supervisor: the tasks of the bodies of the jurisdiction; a body's staff: its own; open "
			+ "first, by due day, with overdue flagged")
	List<Rectification> list(ScopedPrincipal caller) {
		return rectifications.list(caller);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One task with its answers; 404 supervision.rectification-unknown when not the caller's to see")
	Rectification rectification(@PathVariable long id, ScopedPrincipal caller) {
		return rectifications.rectification(id, caller);
	}

	@PostMapping(value = "/{id}/answer", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "The body answers: parts whatWasDone, evidenceDescription and file (the evidence: description "
			+ "and file together)", description = "403 supervision.rectification-not-body; 400 "
					+ "supervision.rectification-evidence-description; 409 once closed; 413 too large")
	Rectification answer(@PathVariable long id, @RequestParam(required = false) @Nullable String whatWasDone,
			@RequestParam(required = false) @Nullable String evidenceDescription,
			@RequestParam(required = false) @Nullable MultipartFile file, ScopedPrincipal caller) throws IOException {
		if (file == null || file.isEmpty()) {
			return rectifications.answer(id, whatWasDone, evidenceDescription, null, caller);
		}
		try (InputStream in = file.getInputStream()) {
			return rectifications.answer(id, whatWasDone, evidenceDescription, new Rectifications.EvidenceFile(
					String.valueOf(file.getOriginalFilename()), file.getContentType(), in), caller);
		}
	}

	@PostMapping("/{id}/close")
	@Operation(summary = "Close an answered task: {note}", description = "422 supervision.rectification-no-evidence when "
			+ "the latest answer has no evidence; 409 supervision.rectification-out-of-order unless answered")
	Rectification close(@PathVariable long id, @RequestBody(required = false) @Nullable Step step,
			ScopedPrincipal caller) {
		return rectifications.close(id, step == null ? null : step.note(), caller);
	}

	@PostMapping("/{id}/reopen")
	@Operation(summary = "Reopen an answered or closed task for follow-up: {note (the reason), dueOn}")
	Rectification reopen(@PathVariable long id, @RequestBody Step step, ScopedPrincipal caller) {
		return rectifications.reopen(id, step.note(), step.dueOn(), caller);
	}

	@GetMapping("/{id}/answers/{answerId}/evidence")
	@Operation(summary = "An answer's evidence file, as an attachment")
	ResponseEntity<byte[]> evidence(@PathVariable long id, @PathVariable long answerId, ScopedPrincipal caller) {
		RectificationRepository.File file = rectifications.evidence(id, answerId, caller);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build().toString())
			.body(file.bytes());
	}
}
