package cn.oneteam.supervision.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** What an assessment answers (docs/adr/0039-assessments.md). */
public final class AssessmentViews {

	private AssessmentViews() {
	}

	/**
	 * An officer's figures of the period: cases handled (general, simple), periods met and breached and the share met,
	 * the mean of the kept self-review scores of his general cases (and how many had one), complaints upheld against
	 * him, training hours, and the score (none without cases or periods of his own in the period).
	 */
	public record OfficerAssessment(long personId, String name, long bodyId, String body, long generalCases,
			long simpleCases, long periodsMet, long periodsBreached, @Nullable BigDecimal timelinessPercent,
			long reviewed, @Nullable BigDecimal reviewScore, long complaintsUpheld, BigDecimal trainingHours,
			@Nullable BigDecimal score) {
	}

	/**
	 * A body's figures of the period: cases, periods, review scores, complaints upheld, its case score; the townships'
	 * ratings (how many, their mean), their weight for the kind of responder it is, and the assessment score (none
	 * without cases, periods or ratings in the period).
	 */
	public record BodyAssessment(long bodyId, String body, @Nullable String responderKind, long generalCases,
			long simpleCases, long periodsMet, long periodsBreached, @Nullable BigDecimal timelinessPercent,
			long reviewed, @Nullable BigDecimal reviewScore, long complaintsUpheld, @Nullable BigDecimal caseScore, long ratings,
			@Nullable BigDecimal ratingScore, int ratingWeightPercent, @Nullable BigDecimal score, int officers) {
	}

	public record OfficerTable(String period, LocalDate from, LocalDate to, long bodyId, String body,
			List<OfficerAssessment> officers) {
	}

	public record BodyTable(String period, LocalDate from, LocalDate to, List<BodyAssessment> bodies) {
	}
}
