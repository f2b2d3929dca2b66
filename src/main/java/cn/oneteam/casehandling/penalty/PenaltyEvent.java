package cn.oneteam.casehandling.penalty;

import cn.oneteam.casehandling.file.CaseEvent;

/**
 * What the penalty check (the report's proposal, the decision) records of the law and benchmark it applied
 * (docs/adr/0016-case-aggregate.md); a fact recorded only sometimes is a record of its own.
 */
sealed interface PenaltyEvent extends CaseEvent {

	/** No discretion benchmark published for the place on the day: the statutory range applies ({@code none}). */
	record BenchmarkMissing(String benchmark) implements PenaltyEvent {

		static final BenchmarkMissing NONE = new BenchmarkMissing("none");
	}

	/** The matter's version in force and the tier applied ({@code null} as text where none). */
	record PenaltyChecked(int matterVersion, String tier) implements PenaltyEvent {
	}

	/** The benchmark's range of the tier, {@code min-max}. */
	record TierRangeApplied(String tierRange) implements PenaltyEvent {
	}
}
