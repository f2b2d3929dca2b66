package cn.oneteam.casehandling.web;

import cn.oneteam.casehandling.CaseDocuments;
import cn.oneteam.casehandling.CaseViolation;
import cn.oneteam.casehandling.procedure.DocumentActions;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.oneteam.documents.DocumentType;
import cn.oneteam.documents.IssuedDocuments;
import cn.oneteam.shared.ScopedPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
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

/**
 * A case's 执法文书 through the API: the types the case may issue, a preview (样稿, neither numbered nor kept), issuing
 * on demand and correcting, the documents issued with their digests, download as issued, and the file index.
 */
@RestController
@RequestMapping("/api/v1/cases/{id}/documents")
@Tag(name = "case documents 案件文书", description = "Preview, issue, correct and download a case's enforcement documents")
class CaseDocumentApiController {

	private final CaseDocuments documents;

	CaseDocumentApiController(CaseDocuments documents) {
		this.documents = documents;
	}

	@GetMapping
	@Operation(summary = "The documents issued for the case, oldest first, superseded ones marked")
	List<IssuedDocuments.Summary> issued(@PathVariable long id, ScopedPrincipal caller) {
		return documents.documents(id, caller);
	}

	@GetMapping("/types")
	@Operation(summary = "The document types: title, whether numbered, the action whose facts they state and whether "
			+ "that action issues them, the fields an officer fills in")
	List<TypeInfo> types(@PathVariable long id) {
		return Arrays.stream(DocumentType.values()).map(TypeInfo::of).toList();
	}

	@GetMapping("/index")
	@Operation(summary = "The file index (卷内目录) in the order of 市监 §78: 正卷 then 副卷")
	List<CaseDocuments.IndexEntry> index(@PathVariable long id, ScopedPrincipal caller) {
		return documents.fileIndex(id, caller);
	}

	@GetMapping(value = "/{type}/preview", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "Preview a document as it would be issued now (marked 样稿 on every page; not numbered, not kept)",
			description = "Query: entry (record seq of the action; latest by default), subject (the issued document a "
					+ "送达回证 serves), input.<name>=… for the fields an officer fills in.")
	ResponseEntity<byte[]> preview(@PathVariable long id,
			@PathVariable @Parameter(example = "penalty-notice") String type,
			@RequestParam(required = false) @Nullable Integer entry, @RequestParam(required = false) @Nullable Long subject,
			@RequestParam Map<String, String> query, ScopedPrincipal caller) {
		Map<String, String> inputs = new LinkedHashMap<>();
		query.forEach((k, v) -> {
			if (k.startsWith("input.")) {
				inputs.put(k.substring(6), v);
			}
		});
		byte[] pdf = documents.preview(id, type(type), new CaseDocuments.Request(entry, subject, inputs, null, null),
				caller);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"preview-" + type + ".pdf\"")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.contentType(MediaType.APPLICATION_PDF)
			.body(pdf);
	}

	@PostMapping("/{type}")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Issue a document now (an officer of the case's body): numbered where the type carries a "
			+ "number, kept with its SHA-256, the digest in the case's record; with supersedes and reason, a correction",
			description = "409 when the document's action has not been recorded yet, or for a decision (issued by "
					+ "the decision itself; only a correction may be issued here).")
	IssuedDocuments.Summary issue(@PathVariable long id, @PathVariable @Parameter(example = "correction-order") String type,
			@Valid @RequestBody(required = false) @Nullable IssueRequest request, ScopedPrincipal caller) {
		IssueRequest r = request == null ? new IssueRequest(null, null, null, null, null) : request;
		return documents.issue(id, type(type), new CaseDocuments.Request(r.entry(), r.subject(),
				r.inputs() == null ? Map.of() : r.inputs(), r.supersedes(), r.reason()), caller);
	}

	@GetMapping(value = "/{documentId:\\d+}", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "An issued document as issued, with its SHA-256 in X-Content-SHA256 (checked on every read)",
			description = "inline=true opens it in the browser for printing.")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long documentId,
			@RequestParam(defaultValue = "false") boolean inline, ScopedPrincipal caller) {
		IssuedDocuments.Issued issued = documents.download(id, documentId, caller);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					(inline ? "inline" : "attachment") + "; filename=\"document-" + documentId + ".pdf\"")
			.header("X-Content-SHA256", issued.sha256())
			.contentType(MediaType.APPLICATION_PDF)
			.body(issued.content());
	}

	static DocumentType type(String slug) {
		try {
			return DocumentType.ofSlug(slug);
		}
		catch (IllegalArgumentException e) {
			throw new CaseViolation(CaseViolation.NOT_FOUND, "case.document-type-unknown", List.of(), slug);
		}
	}

	/** What issuing takes: all optional. */
	record IssueRequest(@Nullable @Schema(description = "record seq of the action's entry; latest by default") Integer entry,
			@Nullable @Schema(description = "the issued document a 送达回证 serves") Long subject,
			@Nullable @Size(max = 12) @Schema(example = "{\"requirement\":\"停止露天烧烤\",\"deadline\":\"2026年7月10日\"}") Map<String, @Size(max = 1000) String> inputs,
			@Nullable @Schema(description = "the document this corrects") Long supersedes,
			@Nullable @Size(max = 500) String reason) {
	}

	/** A document type as the API describes it. */
	record TypeInfo(DocumentType type, String slug, String title, boolean numbered, @Nullable String defaultCode,
			@Nullable String action, boolean issuedByAction, List<String> actionFacts, List<String> inputs) {

		static TypeInfo of(DocumentType t) {
			DocumentActions.Statement s = DocumentActions.statement(t).orElse(null);
			return new TypeInfo(t, t.slug(), t.title(), t.numbered(), t.defaultCode(),
					s == null ? null : s.action().slug(), s != null && s.issuedByAction(),
					s == null ? List.of() : s.facts(), t.inputs());
		}
	}
}
