package cn.oneteam.inspection;

import java.math.BigDecimal;
import java.math.RoundingMode;

import cn.oneteam.credit.CreditClass;
import org.jspecify.annotations.Nullable;

/**
 * How many subjects of one risk class a task inspects: a ratio (a fraction in (0, 1]) or a count (≥ 0), exactly one
 * of them. n = ⌈size × ratio⌉ (rounded up: a non-empty stratum with a ratio is never skipped), or min(count, size)
 * (docs/adr/0025-inspection-items-and-plans.md).
 */
public record StratumRule(CreditClass creditClass, @Nullable BigDecimal ratio, @Nullable Integer count) {

	/** 400 inspection.stratum-invalid unless exactly one of ratio (0 &lt; r ≤ 1) and count (≥ 0) is given. */
	public StratumRule {
		boolean ratioOk = ratio != null && ratio.signum() > 0 && ratio.compareTo(BigDecimal.ONE) <= 0;
		boolean countOk = count != null && count >= 0;
		if (creditClass == null || (ratio == null) == (count == null) || (ratio != null && !ratioOk)
				|| (count != null && !countOk)) {
			throw new InspectionViolation(InspectionViolation.BAD_REQUEST, "inspection.stratum-invalid", String.valueOf(creditClass),
					String.valueOf(ratio), String.valueOf(count));
		}
	}

	/** The number to draw out of a stratum of this size. */
	public int n(int size) {
		if (size < 0) {
			throw new IllegalArgumentException("size " + size);
		}
		if (count != null) {
			return Math.min(count, size);
		}
		return BigDecimal.valueOf(size).multiply(ratio).setScale(0, RoundingMode.CEILING).intValueExact();
	}
}
