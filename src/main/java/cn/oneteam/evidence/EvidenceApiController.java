package cn.oneteam.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;

import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.PlainText;
import cn.oneteam.shared.ScopedPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "evidence 证据", description = "Evidence of cases (处罚法 §46): upload streamed and hashed (SHA-256), "
		+ "every download checked against the digest")
class EvidenceApiController {

	/** The header carrying a file's SHA-256 on download. */
	static final String SHA256_HEADER = "X-Content-SHA256";

	private final Evidence evidence;

	EvidenceApiController(Evidence evidence) {
		this.evidence = evidence;
	}

	@PostMapping("/api/v1/cases/{caseId}/evidence")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Attach a file to a case as evidence: the request body is the file itself",
			description = "The body is streamed to the store and hashed as it arrives (never held in memory); the "
					+ "Content-Type header is the file's media type (application/octet-stream: taken from the file "
					+ "name). Images, audio, video, PDF, Office/OFD documents, plain text and ZIP are kept; the first "
					+ "bytes must be what the type claims. 413 beyond oneteam.evidence.max-size, 415 for programs and "
					+ "other kinds, 422 for a mismatch or a kind the evidence type does not take; nothing is kept then. "
					+ "The attachment is an entry of the case's full-process record with the id, type and SHA-256.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = "application/octet-stream",
							schema = @Schema(type = "string", format = "binary"))))
	EvidenceItem upload(@PathVariable long caseId, @RequestParam EvidenceType type,
			@RequestParam @Schema(example = "现场照片：店外占道经营") String title,
			@RequestParam @Schema(example = "执法人员现场拍摄") String source,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
			@Parameter(description = "Beijing time", example = "2026-11-20T10:30:00") LocalDateTime collectedAt,
			@RequestParam @Schema(example = "德令哈市长江路12号门前") String place,
			@RequestParam(required = false) @Nullable @Schema(example = "37.369") BigDecimal latitude,
			@RequestParam(required = false) @Nullable @Schema(example = "97.361") BigDecimal longitude,
			@RequestParam @Parameter(description = "person ids of the collecting officers") List<Long> officers,
			@RequestParam @Schema(example = "IMG_0001.jpg") String fileName,
			@RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) @Nullable String contentType,
			HttpServletRequest request, ScopedPrincipal caller) throws IOException {
		NewEvidence item = new NewEvidence(type, title, source, collectedAt.atZone(ChinaTime.ZONE).toOffsetDateTime(),
				place, latitude, longitude, officers, fileName);
		long length = request.getContentLengthLong();
		try (InputStream body = request.getInputStream()) {
			return evidence.attach(OwnerKind.CASE, caseId, item, contentType, length < 0 ? null : length, body,
					caller);
		}
	}

	@GetMapping("/api/v1/cases/{caseId}/evidence")
	@Operation(summary = "The evidence of a case in the caller's jurisdiction, in the order collected")
	List<EvidenceItem> list(@PathVariable long caseId, ScopedPrincipal caller) {
		return evidence.list(OwnerKind.CASE, caseId, caller);
	}

	@GetMapping("/api/v1/evidence/{id}")
	@Operation(summary = "An item of evidence: its description, file and last integrity check")
	EvidenceItem item(@PathVariable long id, ScopedPrincipal caller) {
		return evidence.item(id, caller);
	}

	@GetMapping("/api/v1/evidence/{id}/content")
	@Operation(summary = "The file, streamed with its SHA-256 checked as it goes",
			description = "Content-Disposition carries the original name (RFC 5987), X-Content-SHA256 the recorded "
					+ "digest. A file found altered answers 409 (and is flagged, and recorded in the case's record); "
					+ "a large file altered since its last check is cut off before its last 64 KiB.")
	void content(@PathVariable long id, ScopedPrincipal caller, HttpServletResponse response) throws IOException {
		Evidence.Content content = evidence.open(id, caller);
		EvidenceItem item = content.item();
		response.setContentType(item.contentType());
		response.setContentLengthLong(item.size());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(downloadName(item.fileName()), StandardCharsets.UTF_8).build()
					.toString());
		response.setHeader(SHA256_HEADER, item.sha256());
		try (InputStream in = content.bytes()) {
			OutputStream out = response.getOutputStream();
			byte[] buffer = new byte[Spool.BUFFER];
			for (int n; (n = in.read(buffer)) != -1;) {
				out.write(buffer, 0, n);
			}
		}
		catch (EvidenceViolation altered) {
			if (!response.isCommitted()) {
				response.reset(); // nothing sent yet: the client gets the problem instead
			}
			throw altered;
		}
	}

	/**
	 * The name a download is offered under: characters a header cannot carry (control characters, kept by items
	 * uploaded before names were checked) become {@code _}, so that such an item can still be downloaded.
	 */
	static String downloadName(String fileName) {
		StringBuilder name = new StringBuilder(fileName);
		for (int bad; (bad = PlainText.firstInvalidInLine(name)) >= 0;) {
			name.setCharAt(bad, '_');
		}
		return name.toString();
	}

	@PostMapping("/api/v1/evidence/{id}/verify")
	@Operation(summary = "Re-hash the stored file and record the check",
			description = "Answers the item with its integrity: INTACT, or ALTERED (recorded in the case's record).")
	EvidenceItem verify(@PathVariable long id, ScopedPrincipal caller) throws IOException {
		return evidence.verify(id, caller);
	}
}
