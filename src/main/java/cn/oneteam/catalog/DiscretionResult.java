package cn.oneteam.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import cn.oneteam.shared.Money;

/**
 * The calculator's answer: the tier that applies, the penalty kinds and the fine range in yuan it allows, the
 * circumstances that decided it, any lenient-list entries that match, and the reasons (message codes).
 */
public record DiscretionResult(String matterCode, int matterVersion, long benchmarkId, String issuingAuthority,
		String publishedRef, DiscretionTier tier, Set<PenaltyKind> penaltyKinds, @Nullable @Money BigDecimal fineMin,
		@Nullable @Money BigDecimal fineMax, List<Circumstance> matched, List<LenientMatch> lenientMatches,
		List<String> reasons) {

	/** A lenient-list entry whose circumstance the facts meet. */
	public record LenientMatch(long listId, LenientList.Kind kind, String title, String issuingAuthority,
			Circumstance circumstance) {
	}
}
