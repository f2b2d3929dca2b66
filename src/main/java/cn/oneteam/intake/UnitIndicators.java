package cn.oneteam.intake;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * One unit's figures for a period (数字城管 indicators, docs/legal/intake.md#indicators): events dispatched to it, accepted (and on
 * time), arrivals that fell due in the period (and on time), returned; 应结案 (reply due in the period), 结案 and
 * 按期结案 (replied by the due day); reopenings and the reporters' ratings. Rates are percentages to two places, none
 * when there is nothing to count.
 */
public record UnitIndicators(long orgId, String unit, int received, int accepted, int acceptedOnTime, int arriveDue,
		int arrivedOnTime, int returned,
		int due, int closed, int closedOnTime, int replied, int reopened, int rated, int satisfied) {

	/** 结案率 = 结案数 / 应结案数 × 100%. */
	public @Nullable BigDecimal closureRate() {
		return percent(closed, due);
	}

	/** 按期结案率 = 按期结案数 / 应结案数 × 100%. */
	public @Nullable BigDecimal onTimeClosureRate() {
		return percent(closedOnTime, due);
	}

	public @Nullable BigDecimal onTimeAcceptanceRate() {
		return percent(acceptedOnTime, accepted);
	}

	/** 按时到场率: arrived on the spot by the clock among the arrivals due in the period. */
	public @Nullable BigDecimal onTimeArrivalRate() {
		return percent(arrivedOnTime, arriveDue);
	}

	/** Reopened ("not fixed") per event replied: the 返工率 of a hotline. */
	public @Nullable BigDecimal reopenRate() {
		return percent(reopened, replied);
	}

	/** 满意率: satisfied or basically satisfied among the ratings. */
	public @Nullable BigDecimal satisfactionRate() {
		return percent(satisfied, rated);
	}

	public @Nullable BigDecimal returnRate() {
		return percent(returned, received);
	}

	static @Nullable BigDecimal percent(int part, int whole) {
		return whole == 0 ? null
				: BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 2,
						RoundingMode.HALF_UP);
	}
}
