package cn.oneteam.casehandling.penalty;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.oneteam.catalog.DiscretionTier;
import org.jspecify.annotations.Nullable;

/**
 * 未成年人 (处罚法 §30): under 14 at the time of the act → no penalty, the guardian is ordered to discipline the minor;
 * 14 or over but under 18 → the penalty must be 从轻 ({@link DiscretionTier#LIGHTER}) or 减轻
 * ({@link DiscretionTier#MITIGATED}). A party without a birth date (an organisation) is not affected.
 * <p>
 * Neither 处罚法 nor the other statutes digested in docs/legal say on which day an age is reached. This follows the Chinese
 * judicial convention (法释〔2006〕1号 §2, for criminal cases; unverified, docs/legal/penalty.md#age-reached): a person is 已满 N 周岁
 * from the day <em>after</em> the Nth birthday, so on the birthday itself the person is still under N. A 29 February
 * birthday is taken to fall on 28 February in a common year ({@link LocalDate#plusYears}).
 */
public final class MinorAge {

	/** MINOR_NO_PENALTY_AGE: no penalty under 14, 处罚法 §30. */
	static final int NO_PENALTY_UNDER = 14;

	/** MINOR_MITIGATE_AGE: 14–17 must be treated leniently, 处罚法 §30. */
	static final int LENIENT_UNDER = 18;

	private static final Set<DiscretionTier> LENIENT = EnumSet.of(DiscretionTier.LIGHTER, DiscretionTier.MITIGATED);

	private MinorAge() {
	}

	/** The reasons (message codes) why the penalty breaks §30; none when it does not. */
	public static List<String> reasonsAgainst(@Nullable LocalDate birthDate, LocalDate actOn, boolean penalised,
			@Nullable DiscretionTier tier) {
		if (birthDate == null || !penalised) {
			return List.of();
		}
		// 处罚法 §30: under 14 at the act → no penalty
		if (!reached(NO_PENALTY_UNDER, birthDate, actOn)) {
			return List.of("case.minor-under-14");
		}
		// 处罚法 §30: 14 to 17 at the act → 从轻 or 减轻
		if (!reached(LENIENT_UNDER, birthDate, actOn) && !LENIENT.contains(tier)) {
			return List.of("case.minor-must-be-lenient");
		}
		return List.of();
	}

	/** 已满 N 周岁 on the given day: from the day after the Nth birthday (convention, see the class comment). */
	private static boolean reached(int years, LocalDate birthDate, LocalDate on) {
		return on.isAfter(birthDate.plusYears(years));
	}
}
