package cn.oneteam.disclosure;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code oneteam.disclosure.decisions} (docs/adr/0043-published-decisions.md): within how many working days a penalty
 * decision is published ({@code publish-within-working-days}, PUBLISH_PENALTY 7, 118号) and a revoked one withdrawn
 * ({@code withdraw-within-working-days}, WITHDRAW_PUBLICATION 3, 处罚法 §48 + §85); whether a natural person's name is
 * published as 张某某 — no national rule exists (reference Q8), so it is on unless a jurisdiction says otherwise
 * ({@code mask-party-names}, and {@code mask-party-names-in} by division code prefix, the longest prefix winning, e.g.
 * {@code "33": false}); the largest page of the public list ({@code max-page-size}); how often the scan publishes
 * ({@code scan-interval}, {@code scan-initial-delay}).
 */
@ConfigurationProperties("oneteam.disclosure.decisions")
record DecisionSettings(@DefaultValue("7") int publishWithinWorkingDays, @DefaultValue("3") int withdrawWithinWorkingDays,
		@DefaultValue("true") boolean maskPartyNames, @Nullable Map<String, Boolean> maskPartyNamesIn,
		@DefaultValue("50") int maxPageSize) {

	/** Whether a natural person's name is published as 张某某 for a case at the place (a division code). */
	boolean masksPartyNameAt(String place) {
		boolean masks = maskPartyNames;
		int longest = -1;
		if (maskPartyNamesIn != null) {
			for (Map.Entry<String, Boolean> e : maskPartyNamesIn.entrySet()) {
				if (place.startsWith(e.getKey()) && e.getKey().length() > longest) {
					longest = e.getKey().length();
					masks = e.getValue();
				}
			}
		}
		return masks;
	}
}
