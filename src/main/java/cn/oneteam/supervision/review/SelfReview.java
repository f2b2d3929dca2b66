package cn.oneteam.supervision.review;

import java.math.BigDecimal;
import java.util.List;

import cn.oneteam.supervision.standard.ScoringStandard.Grade;

/**
 * 自查 of a case file against the machine-checkable items of a standard
 * (docs/adr/0034-scoring-standards-and-self-review.md): the score (0 with any veto finding, otherwise the standard's
 * total less the deductions), the grade, the veto findings and the deductions, and the standard as {@code code vN}.
 * The items a reviewer scores are not part of it ({@code reviewerItems} counts them).
 */
public record SelfReview(long caseId, BigDecimal score, Grade grade, List<Veto> vetoes, List<Deduction> deductions,
		String standard, int reviewerItems) {

	public SelfReview {
		vetoes = List.copyOf(vetoes);
		deductions = List.copyOf(deductions);
	}

	public boolean vetoed() {
		return !vetoes.isEmpty();
	}

	/** A veto item failed: its code and title, and why. */
	public record Veto(String item, String title, String reason) {
	}

	/** A scored item cost points: its code and title, how many, and why. */
	public record Deduction(String item, String title, BigDecimal points, String reason) {
	}
}
