package cn.oneteam.credit;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What the credit API accepts (docs/adr/0022-credit-and-risk.md). */
public final class CreditInputs {

	private CreditInputs() {
	}

	/**
	 * A listing: ABNORMAL needs its ground; SERIOUS the case or the decision number it rests on. {@code listedOn}
	 * defaults to today and may not be in the future.
	 */
	public record Listing(@NotNull ListKind list, @Nullable AbnormalGround ground,
			@NotBlank @Size(max = 1000) String reason, @NotBlank @Size(max = 200) String decidingBody,
			@Nullable Long caseId, @Nullable @Size(max = 100) String decisionNumber,
			@Schema(example = "2026-12-07") @Nullable LocalDate listedOn) {
	}

	/** A removal with its reason (the cure, a repair, the end of the term). */
	public record Removal(@NotBlank @Size(max = 1000) String reason, @Nullable LocalDate removedOn) {
	}

	/** An application for 信用修复 of one fact, with its ground (the pledge, the proof of performance). */
	public record RepairApplication(@NotNull Long factId, @NotBlank @Size(max = 1000) String ground) {
	}

	/** The decision on an application, with its reasons. */
	public record RepairDecision(boolean approve, @NotBlank @Size(max = 1000) String reasons) {
	}

	/** A rule's new weight, period and forced class. */
	public record RuleUpdate(@Min(0) @Max(1000) int weight, @Min(1) @Max(120) int countsMonths,
			@Nullable CreditClass forcesClass) {
	}

	/** A class's new minimum score. */
	public record ThresholdUpdate(@Min(0) @Max(100000) int minScore) {
	}
}
