package cn.oneteam.inspection.draw;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What to draw (docs/adr/0026-the-draw.md): the strata with their candidate subject codes (in the order the population
 * text lists them) and how many to draw, the eligible inspectors' certificate numbers with recusal pairs, and how many
 * inspectors per drawn subject (two certified inspectors by default; experts are never in this list).
 */
public record DrawRequest(@Nullable Long taskId, @NotBlank @Size(max = 200) String name,
		@NotBlank @Size(max = 1000) String reason, @NotEmpty @Valid List<StratumInput> strata,
		@NotNull List<@NotBlank String> inspectors, @Nullable @Valid List<Recusal> recusals,
		@Nullable @Min(0) @Max(20) Integer inspectorsPerSubject) {

	public static final int DEFAULT_INSPECTORS = 2;

	public record StratumInput(@NotBlank @Size(max = 40) String stratum, @NotNull List<@NotBlank String> subjectCodes,
			@Min(0) int n) {
	}

	/** The inspector with this certificate may not inspect this subject. */
	public record Recusal(@NotBlank String certificateNumber, @NotBlank String subjectCode) {
	}

	public int inspectorsEach() {
		return inspectorsPerSubject == null ? DEFAULT_INSPECTORS : inspectorsPerSubject;
	}

	public List<Recusal> recusalsOrNone() {
		return recusals == null ? List.of() : recusals;
	}
}
