package cn.oneteam.documents;

import java.util.List;
import java.util.Set;

import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/documents/templates")
@Tag(name = "documents 执法文书", description = "Document templates as data: per type, national → province → body, versioned")
class DocumentTemplateApiController {

	private final DocumentTemplates templates;

	DocumentTemplateApiController(DocumentTemplates templates) {
		this.templates = templates;
	}

	@GetMapping
	@Operation(summary = "The template in force for each document type of my body, with the scope it comes from")
	List<DocumentTemplates.Template> inForce(ScopedPrincipal caller) {
		return templates.inForce(caller.organizationId());
	}

	@GetMapping("/{type}/fields")
	@Operation(summary = "The fields a template of the type may name: ${name}, optionally ${name|date|amount|upper|figures}")
	Set<String> fields(@PathVariable @Parameter(example = "penalty-notice") String type) {
		return templates.fields(type(type));
	}

	@GetMapping("/{type}/versions")
	@Operation(summary = "The versions of a type's template in a scope, newest first",
			description = "scope NATIONAL (no key), PROVINCE (key: division code), BODY (key: organisation id)")
	List<DocumentTemplates.Template> versions(@PathVariable String type,
			@RequestParam(defaultValue = "NATIONAL") DocumentTemplates.Scope scope,
			@RequestParam(defaultValue = "") String key) {
		return templates.versions(type(type), scope, key);
	}

	@PutMapping("/{type}")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Save a new version of a type's template in a scope (never alters an issued document)",
			description = "422 when the layout does not parse or names a field the type does not offer. A body's "
					+ "template: its head or an administrator; a province's: an administrator there; national: a "
					+ "nationwide administrator.")
	DocumentTemplates.Template save(@PathVariable String type,
			@RequestParam(defaultValue = "BODY") DocumentTemplates.Scope scope, @RequestParam(defaultValue = "") String key,
			@Valid @RequestBody SaveRequest request, ScopedPrincipal caller) {
		String scopeKey = scope == DocumentTemplates.Scope.BODY && key.isBlank()
				? String.valueOf(caller.organizationId()) : key;
		return templates.save(type(type), scope, scopeKey, request.layout().toString(), request.note(), caller);
	}

	static DocumentType type(String slug) {
		try {
			return DocumentType.ofSlug(slug);
		}
		catch (IllegalArgumentException e) {
			throw new DocumentViolation(RuleViolation.NOT_FOUND, "document.type-unknown", slug);
		}
	}

	record SaveRequest(@NotNull @Schema(description = "the layout: title and blocks", example = """
			{"title":"责令（限期）改正通知书","blocks":[{"kind":"line","text":"${party.name}："},
			 {"kind":"paragraph","text":"现责令你（单位）${input.requirement}。"},{"kind":"seal"},
			 {"kind":"date","text":"${issuedOn}"}]}""") JsonNode layout, @Nullable @Size(max = 500) String note) {
	}
}
