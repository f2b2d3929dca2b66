package cn.oneteam.casehandling.general;

import cn.oneteam.casehandling.PartyKind;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import cn.oneteam.catalog.PenaltyKind;
import org.jspecify.annotations.Nullable;

/**
 * 听证告知 (处罚法 §63): the party must be told of the right to a hearing when the proposed penalty is a fine or a
 * confiscation of a large amount (较大数额, at or above the threshold: "以上" is inclusive, docs/legal/time.md#inclusive-bounds), lowers a
 * qualification grade, revokes a permit, orders suspension or closure, or restricts practice or business. 较大数额 is
 * not national; it is configured per agency, domain and province (docs/legal/procedure.md#hearing-threshold, HEARING_THRESHOLD_*).
 */
public final class HearingScope {

	// 处罚法 §63 (3), (4); 限制开展生产经营活动 as "其他较重的行政处罚" (5)
	private static final Set<PenaltyKind> ALWAYS = EnumSet.of(PenaltyKind.LOWER_QUALIFICATION,
			PenaltyKind.REVOKE_LICENCE, PenaltyKind.ORDER_SUSPENSION, PenaltyKind.ORDER_CLOSURE,
			PenaltyKind.RESTRICT_PRACTICE, PenaltyKind.RESTRICT_BUSINESS);

	/** HEARING_THRESHOLD_*: the smallest 较大数额 in yuan, for a citizen and for an organisation (docs/legal/procedure.md#hearing-threshold). */
	public record Thresholds(BigDecimal naturalPerson, BigDecimal organisation) {

		public Thresholds {
			if (naturalPerson.signum() <= 0 || organisation.signum() <= 0) {
				throw new IllegalArgumentException("hearing thresholds must be positive");
			}
		}
	}

	private HearingScope() {
	}

	/** Whether the proposed penalty carries the right to a hearing. */
	public static boolean applies(Set<PenaltyKind> kinds, @Nullable BigDecimal fine, @Nullable BigDecimal confiscatedValue,
			PartyKind party, boolean individualBusinessAsNaturalPerson, Thresholds thresholds) {
		if (!Collections.disjoint(kinds, ALWAYS)) {
			return true;
		}
		boolean naturalPerson = party == PartyKind.NATURAL_PERSON
				|| (party == PartyKind.INDIVIDUAL_BUSINESS && individualBusinessAsNaturalPerson);
		BigDecimal threshold = naturalPerson ? thresholds.naturalPerson() : thresholds.organisation();
		// 处罚法 §63 (1), (2): a fine, or a confiscation, of 较大数额 or more
		return atLeast(fine, threshold) || atLeast(confiscatedValue, threshold);
	}

	/** The reason (message code) why the notice is incomplete; none when it is. */
	public static Optional<String> reasonAgainstNotice(boolean applies, boolean hearingRightNotified) {
		// 处罚法 §63: the notice names the right to a hearing
		return applies && !hearingRightNotified ? Optional.of("case.hearing-right-not-notified") : Optional.empty();
	}

	private static boolean atLeast(@Nullable BigDecimal amount, BigDecimal threshold) {
		return amount != null && amount.compareTo(threshold) >= 0;
	}
}
