package cn.oneteam.documents;

import java.util.List;

import cn.oneteam.shared.ScopedPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/documents")
@Tag(name = "documents 预编号表单", description = "Blocks of pre-numbered on-the-spot decision forms issued to officers "
		+ "(处罚法 §52): issued, used, voided")
class FormBlockApiController {

	private final FormBlocks blocks;

	FormBlockApiController(FormBlocks blocks) {
		this.blocks = blocks;
	}

	@GetMapping("/form-blocks")
	@Operation(summary = "The blocks my body issued, newest first, with numbers used, voided and remaining")
	List<FormBlocks.Block> list(ScopedPrincipal caller) {
		return blocks.blocks(caller.organizationId());
	}

	@PostMapping("/form-blocks")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Issue a block of forms to an officer of my body (a head)",
			description = "The series is printed before the serial and may not end in a digit; at most 10,000 numbers; "
					+ "409 when the range overlaps a block of the same series. Once a body has blocks, every on-the-spot "
					+ "decision of it must carry an unused number of a block held by one of its officers.")
	FormBlocks.Block issue(@Valid @RequestBody BlockRequest request, ScopedPrincipal caller) {
		return blocks.issue(request.series(), request.first(), request.last(), request.holderPersonId(), caller);
	}

	@GetMapping("/form-blocks/{id}/numbers")
	@Operation(summary = "The numbers of one of my body's blocks that were used (with the case) or voided (with why)")
	List<FormBlocks.NumberUse> numbers(@PathVariable long id, ScopedPrincipal caller) {
		return blocks.uses(caller.organizationId(), id);
	}

	@PostMapping("/form-numbers/void")
	@Operation(summary = "Void a spoiled form of my body with the reason; the number is never used")
	FormBlocks.NumberUse voidNumber(@Valid @RequestBody VoidRequest request, ScopedPrincipal caller) {
		return blocks.voidNumber(request.number(), request.reason(), caller);
	}

	record BlockRequest(@NotBlank @Size(max = 20) @Schema(example = "德综执简") String series,
			@NotNull @Min(1) @Max(999_999_999) @Schema(example = "1") Integer first,
			@NotNull @Min(1) @Max(999_999_999) @Schema(example = "50") Integer last,
			@NotNull @Schema(example = "12") Long holderPersonId) {
	}

	record VoidRequest(@NotBlank @Size(max = 40) @Schema(example = "德综执简7") String number,
			@NotBlank @Size(max = 500) @Schema(example = "填写错误，作废") String reason) {
	}
}
