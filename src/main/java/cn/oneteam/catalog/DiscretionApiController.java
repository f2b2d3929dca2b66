package cn.oneteam.catalog;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import cn.oneteam.shared.DivisionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/catalog")
@Tag(name = "discretion 裁量基准", description = "Discretion benchmarks, lenient lists and the discretion calculator")
class DiscretionApiController {

	private final Discretion discretion;

	private final Clock clock;

	DiscretionApiController(Discretion discretion, Clock clock) {
		this.discretion = discretion;
		this.clock = clock;
	}

	@GetMapping("/matters/{code}/benchmarks")
	@Operation(summary = "Published discretion benchmarks of a matter")
	List<DiscretionBenchmark> benchmarks(@PathVariable String code) {
		return discretion.benchmarks(code);
	}

	@PostMapping("/matters/{code}/benchmarks")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Publish a discretion benchmark (catalogue manager)",
			description = "Tiers outside the statutory fine are refused: 从轻/一般/从重 inside the statutory range, 减轻 at or "
					+ "below its minimum, 不予处罚/免予处罚 with no fine. For a fine set as a multiple, tier bounds are multiples.")
	DiscretionBenchmark publish(@PathVariable String code, @Valid @RequestBody BenchmarkRequest request) {
		return discretion.publish(new DiscretionBenchmark(0, code,
				request.territory() == null || request.territory().isBlank() ? null : DivisionCode.of(request.territory()),
				request.issuingAuthority().trim(),
				request.publishedRef().trim(), request.effectiveFrom(), request.effectiveTo(), request.tiers()));
	}

	@GetMapping("/matters/{code}/benchmark-proposal")
	@Operation(summary = "Tiers proposed by a local convention (EQUAL_THIRDS, SHARE_OF_MAXIMUM); nothing is stored")
	List<BenchmarkTier> propose(@PathVariable String code, @RequestParam TierStrategy strategy,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date) {
		return discretion.propose(code, strategy, date == null ? LocalDate.now(clock) : date);
	}

	@PostMapping("/discretion/calculate")
	@Operation(summary = "Which tier and fine range apply to the facts",
			description = "Give the matter, the day, the party type, the circumstances met (codes from the benchmark "
					+ "or a lenient list), the place (division code: the most specific benchmark in force there applies) and, for a fine set as a multiple, the base amount. Returns the tier, the "
					+ "penalty kinds, the fine range in yuan, the circumstances that decided it, lenient-list matches "
					+ "and reasons.")
	DiscretionResult calculate(@Valid @RequestBody CalculationRequest request) {
		return discretion.calculate(request.matter(), DivisionCode.of(request.division()),
				request.date() == null ? LocalDate.now(clock) : request.date(),
				request.partyType(), request.circumstances() == null ? Set.of() : request.circumstances(),
				request.baseAmount());
	}

	@GetMapping("/lenient-lists")
	@Operation(summary = "Lenient lists (三张清单): no-penalty, mitigated and lighter lists")
	List<LenientList> lenientLists() {
		return discretion.lenientLists();
	}

	@PostMapping("/lenient-lists")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Publish a lenient list (catalogue manager)")
	LenientList publishList(@Valid @RequestBody LenientListRequest r) {
		return discretion.publish(new LenientList(0, r.kind(), r.title().trim(), r.issuingAuthority().trim(),
				r.effectiveFrom(), r.effectiveTo(), r.items()));
	}

	record BenchmarkRequest(@Nullable String territory, @NotBlank @Size(max = 200) String issuingAuthority,
			@NotBlank @Size(max = 200) String publishedRef, @NotNull LocalDate effectiveFrom,
			@Nullable LocalDate effectiveTo, @NotEmpty List<BenchmarkTier> tiers) {
	}

	record CalculationRequest(@NotBlank String matter, @NotBlank String division, @Nullable LocalDate date,
			@NotNull PartyType partyType,
			@Nullable Set<String> circumstances, @Nullable BigDecimal baseAmount) {
	}

	record LenientListRequest(LenientList.@NotNull Kind kind, @NotBlank @Size(max = 300) String title,
			@NotBlank @Size(max = 200) String issuingAuthority, @NotNull LocalDate effectiveFrom,
			@Nullable LocalDate effectiveTo, @NotEmpty List<LenientList.Item> items) {
	}
}
