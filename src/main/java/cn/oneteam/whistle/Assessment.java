package cn.oneteam.whistle;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * 考核: the part of a responder's assessment that township ratings make. Each dimension is rated 1–5; a rating's score
 * is the mean of its dimensions on a 100-point scale (mean × 20). The weight of township ratings is configured per kind
 * of responder (reform documents: 30 % for departments, 60 %–100 % for stationed bodies); the combined score is
 * weight × rating score + (1 − weight) × the responder's other score, when that other score is given.
 */
public record Assessment(int weightPercent, @Nullable BigDecimal ratingScore, @Nullable BigDecimal otherScore) {

	static final int MIN_SCORE = 1;

	static final int MAX_SCORE = 5;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public Assessment {
		checkWeight(weightPercent);
	}

	/** A weight of township ratings: 0 %–100 % (400 otherwise). */
	static int checkWeight(int weightPercent) {
		if (weightPercent < 0 || weightPercent > 100) {
			throw new WhistleViolation(WhistleViolation.BAD_REQUEST, "whistle.weight-out-of-range", weightPercent);
		}
		return weightPercent;
	}

	/** One rating's score on the 100-point scale: the mean of its 1–5 dimension scores × 20. */
	static BigDecimal ratingScore(Collection<Integer> dimensionScores) {
		int sum = dimensionScores.stream().mapToInt(Integer::intValue).sum();
		return BigDecimal.valueOf(sum * 20L).divide(BigDecimal.valueOf(dimensionScores.size()), 2, RoundingMode.HALF_UP);
	}

	/** weight × rating score, out of weight × 100 points; none without ratings. */
	@JsonProperty
	public @Nullable BigDecimal ratingPart() {
		return ratingScore == null ? null
				: ratingScore.multiply(BigDecimal.valueOf(weightPercent)).divide(HUNDRED, 2, RoundingMode.HALF_UP);
	}

	/** The combined assessment score; none unless both the rating score and the other score are known. */
	@JsonProperty
	public @Nullable BigDecimal combined() {
		BigDecimal part = ratingPart();
		if (part == null || otherScore == null) {
			return null;
		}
		return part.add(otherScore.multiply(BigDecimal.valueOf(100L - weightPercent)).divide(HUNDRED, 2,
				RoundingMode.HALF_UP));
	}
}
