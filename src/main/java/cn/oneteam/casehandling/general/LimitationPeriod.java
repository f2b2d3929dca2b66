package cn.oneteam.casehandling.general;

import java.time.LocalDate;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * 追责时效 (处罚法 §36): a violation not discovered within 2 years is no longer penalised; within 5 years where it
 * involves citizens' life, health or safety, or financial security, and caused harm. The period runs from the day of
 * the act, or from the day a continuous (连续) or continuing (继续) act ended. The start day is not counted
 * (docs/legal/time.md#counting-periods), so the last day of the period is the same date 2 or 5 years later, and a period starting on
 * 29 February ends on 28 February ({@link LocalDate#plusYears}; 民法典 §202 [unverified, docs/legal/penalty.md#limitation]: no
 * corresponding day → the month's last day). "法律另有规定的除外" is left to the caller.
 */
public final class LimitationPeriod {

	/** LIMITATION_GENERAL, 处罚法 §36. */
	static final int GENERAL_YEARS = 2;

	/** LIMITATION_LIFE_HEALTH_FINANCE_WITH_HARM, 处罚法 §36. */
	static final int LIFE_HEALTH_FINANCE_WITH_HARM_YEARS = 5;

	private LimitationPeriod() {
	}

	/** The reason (message code) why the act can no longer be penalised or its dates do not fit; none if in time. */
	public static Optional<String> reasonAgainst(LocalDate actOn, @Nullable LocalDate actEndedOn, LocalDate discoveredOn,
			boolean lifeHealthOrFinanceWithHarm) {
		if (discoveredOn.isBefore(actOn) || (actEndedOn != null && actEndedOn.isBefore(actOn))) {
			return Optional.of("case.act-dates-inconsistent");
		}
		// 处罚法 §36 para 2: from the act, or from its end when it is continuous or continuing
		LocalDate start = actEndedOn != null ? actEndedOn : actOn;
		// 处罚法 §36 para 1: 2 years, 5 for life, health, safety or financial security with harm
		int years = lifeHealthOrFinanceWithHarm ? LIFE_HEALTH_FINANCE_WITH_HARM_YEARS : GENERAL_YEARS;
		return discoveredOn.isAfter(start.plusYears(years)) ? Optional.of("case.limitation-expired") : Optional.empty();
	}
}
