package cn.oneteam.casehandling;

/**
 * What the check of a proposed or decided penalty records with the report or the decision
 * (docs/adr/0016-case-aggregate.md): the matter's version applied and the discretion tier, and where it applies, the
 * tier's fine range or that no benchmark is published for the place.
 */
sealed interface PenaltyEvent extends CaseEvent {

	/** The law of the act's day (its version) and the tier applied ("null" where none; MITIGATED for 减轻). */
	record PenaltyChecked(int matterVersion, String tier) implements PenaltyEvent {
	}

	/** The fine range of the benchmark's tier ("1000-3000"). */
	record TierRangeApplied(String tierRange) implements PenaltyEvent {
	}

	/** No benchmark published for the place ({@code benchmark} "none"): the statutory range applies. */
	record NoBenchmark(String benchmark) implements PenaltyEvent {
	}
}
