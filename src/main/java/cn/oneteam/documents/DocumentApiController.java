package cn.oneteam.documents;

import java.util.List;
import java.util.Map;

import cn.oneteam.shared.ScopedPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/documents")
@Tag(name = "documents 执法文书", description = "Document numbers (文号) per body, document type and year")
class DocumentApiController {

	private final DocumentNumbers numbers;

	DocumentApiController(DocumentNumbers numbers) {
		this.numbers = numbers;
	}

	@GetMapping("/numbers")
	@Operation(summary = "The numbers my body issued, newest first (at most 1,000), voided ones marked")
	List<DocumentNumber> issued(@RequestParam(required = false) @Nullable DocumentType type, ScopedPrincipal caller) {
		return numbers.numbers(caller.organizationId(), type);
	}

	@PostMapping("/numbers/{id}/void")
	@Operation(summary = "Void a number of my body with the reason; it is never issued again")
	DocumentNumber voidNumber(@PathVariable long id, @Valid @RequestBody Reason reason, ScopedPrincipal caller) {
		return numbers.voidNumber(id, reason.reason(), caller);
	}

	@PutMapping("/codes/{organizationId}")
	@Operation(summary = "Set a body's 机关代字 and numbering template (its head, or an administrator)",
			description = "The template holds {机关代字}, {文书代字}, {年} and {序号}; by default "
					+ "{机关代字}{文书代字}〔{年}〕{序号}号 (hexagonal brackets, no zero padding).")
	DocumentNumbers.Codes codes(@PathVariable long organizationId, @Valid @RequestBody CodesRequest request,
			ScopedPrincipal caller) {
		return numbers.setCodes(organizationId, request.bodyCode(), request.template(), caller);
	}

	@GetMapping("/codes/{organizationId}/types")
	@Operation(summary = "A body's 文书代字 of every numbered document type: its own where set, else the default")
	Map<DocumentType, String> typeCodes(@PathVariable long organizationId) {
		return numbers.typeCodes(organizationId);
	}

	@PutMapping("/codes/{organizationId}/types/{type}")
	@Operation(summary = "Set a body's 文书代字 for a numbered document type (blank: the default again)")
	Map<DocumentType, String> typeCode(@PathVariable long organizationId, @PathVariable DocumentType type,
			@Valid @RequestBody TypeCodeRequest request, ScopedPrincipal caller) {
		return numbers.setTypeCode(organizationId, type, request.code(), caller);
	}

	record TypeCodeRequest(@Nullable @Size(max = 20) @Schema(example = "罚字") String code) {
	}

	record Reason(@NotBlank @Size(max = 500) String reason) {
	}

	record CodesRequest(@NotBlank @Size(max = 20) @Schema(example = "德综执") String bodyCode,
			@Nullable @Size(max = 100) @Schema(example = "{机关代字}{文书代字}〔{年}〕{序号}号") String template) {
	}
}
