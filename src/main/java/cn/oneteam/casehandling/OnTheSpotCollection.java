package cn.oneteam.casehandling;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * 当场收缴罚款 (处罚法 §68–§71) with an on-the-spot decision: on which ground, against which receipt of the finance
 * department (§70), and whether the party asked for it (needed in a remote area, §69). The cash reaches the body within
 * 2 working days (§71).
 */
public record OnTheSpotCollection(@NotNull @Schema(example = "SMALL_FINE") Ground ground,
		@NotBlank @Size(max = 60) @Schema(example = "青财罚票0012345") String financeReceipt,
		@Nullable Boolean partyRequested) {

	/** Whether the party asked to pay on the spot. */
	public boolean requested() {
		return Boolean.TRUE.equals(partyRequested);
	}

	public enum Ground {
		/** 依法给予一百元以下罚款 (§68(1)). */
		SMALL_FINE,
		/** 不当场收缴事后难以执行 (§68(2)). */
		HARD_TO_ENFORCE_LATER,
		/** 边远、水上、交通不便地区，当事人提出 (§69). */
		REMOTE_AREA
	}
}
