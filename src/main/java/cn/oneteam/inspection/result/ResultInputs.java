package cn.oneteam.inspection.result;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.oneteam.inspection.visit.VisitOutcome;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What an inspector enters (docs/adr/0030-recording-and-publishing-inspections.md). */
public final class ResultInputs {

	/** The longest data URL of a signature accepted (its decoded size is checked against the setting as well). */
	static final int SIGNATURE_DATA_URL_MAX = 700_000;

	private ResultInputs() {
	}

	/**
	 * The result of a visit: the code (absent: recorded, flagged without code), the day inspected, an answer per item,
	 * where, the subject's signature as a PNG data URL, and the outcome (derived when absent and nothing failed).
	 */
	public record Result(@Nullable @Size(max = 64) @Schema(example = "7K3M9QX2B4TW") String code,
			@NotNull @Schema(example = "2026-12-07") LocalDate inspectedOn,
			@NotEmpty @Size(max = 200) List<@Valid @NotNull Answer> answers, @Valid @Nullable Location location,
			@Nullable @Size(max = SIGNATURE_DATA_URL_MAX)
			@Schema(description = "the subject's signature: data:image/png;base64,…") String signature,
			@Nullable @Schema(example = "NO_PROBLEM") VisitOutcome outcome, @Valid @Nullable Correction correction,
			@Nullable @Size(max = 40) @Schema(description = "the matter of the clue; required for CASE_CLUE",
					example = "HX-CG-009") String matterCode) {
	}

	/** 合格 / 不合格 / 不适用 for one item, with a note. */
	public record Answer(long itemId, @NotNull Verdict verdict, @Nullable @Size(max = 500) String note) {
	}

	/** Where the inspection took place (WGS-84 degrees), with the device's accuracy in metres when known. */
	public record Location(@NotNull @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
			@NotNull @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude,
			@Nullable @DecimalMin("0") @DecimalMax("100000") BigDecimal accuracy) {
	}

	/** 责令改正: by when and what. */
	public record Correction(@NotNull @Schema(example = "2026-12-21") LocalDate deadline,
			@NotBlank @Size(max = 1000) @Schema(example = "补办健康证明并公示") String requirement) {
	}
}
