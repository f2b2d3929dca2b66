package cn.oneteam.intake;

import java.util.List;

import cn.oneteam.shared.ScopedPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 12345 热线工单接口: the hotline system sends work orders with its own order id; a repeat is acknowledged, not duplicated. */
@RestController
@RequestMapping("/api/v1/intake/hotline")
@Tag(name = "intake 12345 hotline", description = "Work orders of the 12345 hotline, idempotent on the hotline's order id")
class HotlineApiController {

	private final EventIntake intake;

	HotlineApiController(EventIntake intake) {
		this.intake = intake;
	}

	/** A 12345 work order: the hotline's 工单编号 and the order (docs/legal/intake.md#hotline-work-order). */
	record WorkOrder(@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_-]+") @Schema(example = "12345-20261127-000123") String orderId,
			@NotNull @Valid NewEvent order) {
	}

	@PostMapping("/orders")
	@PreAuthorize("hasAnyAuthority('event:receive', 'event:dispatch')")
	@Operation(summary = "Receive a work order (201 with our tracking number); the same order id again answers 200 with "
			+ "the same receipt and makes nothing")
	ResponseEntity<Receipt> receive(@Valid @RequestBody WorkOrder workOrder, ScopedPrincipal caller) {
		Receipt receipt = intake.receive(workOrder.order(), EventChannel.HOTLINE_12345, workOrder.orderId(), List.of(),
				caller.accountId(), caller.jurisdiction());
		return ResponseEntity.status(receipt.repeated() ? HttpStatus.OK : HttpStatus.CREATED).body(receipt);
	}
}
