package cn.oneteam.inspection.result;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.oneteam.inspection.visit.Visit;
import cn.oneteam.inspection.visit.VisitOutcome;
import cn.oneteam.shared.RuleViolation;

/** The rules a result must meet, each one named (docs/adr/0030-recording-and-publishing-inspections.md). */
final class ResultRules {

	private ResultRules() {
	}

	/** The day inspected: not in the future, not before the window opened; after it only without the code. */
	static boolean afterWindow(Visit visit, LocalDate inspectedOn, LocalDate today, boolean withCode) {
		if (inspectedOn.isAfter(today)) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "inspection.inspected-in-future", inspectedOn);
		}
		if (inspectedOn.isBefore(visit.windowFrom())) {
			throw new RuleViolation(RuleViolation.UNPROCESSABLE, "inspection.inspected-before-window", inspectedOn,
					visit.windowFrom());
		}
		boolean after = inspectedOn.isAfter(visit.windowUntil());
		if (after && withCode) {
			throw new RuleViolation(RuleViolation.CONFLICT, "inspection.code-outside-window", visit.windowFrom(),
					visit.windowUntil());
		}
		return after;
	}

	/** One answer for each item of the visit's parts, none for another item. */
	static void answersCoverItems(List<ResultInputs.Answer> answers, List<ResultRepository.Item> items) {
		Set<Long> expected = new HashSet<>();
		items.forEach(i -> expected.add(i.id()));
		Set<Long> seen = new HashSet<>();
		for (ResultInputs.Answer a : answers) {
			if (!expected.contains(a.itemId())) {
				throw new RuleViolation(RuleViolation.BAD_REQUEST, "inspection.answer-unknown-item", a.itemId());
			}
			if (!seen.add(a.itemId())) {
				throw new RuleViolation(RuleViolation.BAD_REQUEST, "inspection.answer-twice", a.itemId());
			}
		}
		if (!seen.equals(expected)) {
			expected.removeAll(seen);
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "inspection.answers-incomplete", expected);
		}
	}

	/**
	 * The outcome: nothing failed → NO_PROBLEM (another outcome refused); an item failed → CORRECTION_ORDERED with its
	 * deadline after the day inspected and its requirement, or CASE_CLUE with the matter of the clue.
	 */
	static VisitOutcome outcome(ResultInputs.Result input) {
		boolean failed = input.answers().stream().anyMatch(a -> a.verdict() == Verdict.FAIL);
		VisitOutcome given = input.outcome();
		if (!failed) {
			if (given != null && given != VisitOutcome.NO_PROBLEM) {
				throw new RuleViolation(RuleViolation.UNPROCESSABLE, "inspection.outcome-without-failure", given);
			}
			return VisitOutcome.NO_PROBLEM;
		}
		if (given == null || given == VisitOutcome.NO_PROBLEM) {
			throw new RuleViolation(RuleViolation.UNPROCESSABLE, "inspection.failure-needs-outcome");
		}
		if (given == VisitOutcome.CORRECTION_ORDERED) {
			if (input.correction() == null) {
				throw new RuleViolation(RuleViolation.UNPROCESSABLE, "inspection.correction-required");
			}
			if (!input.correction().deadline().isAfter(input.inspectedOn())) {
				throw new RuleViolation(RuleViolation.UNPROCESSABLE, "inspection.correction-deadline-invalid",
						input.correction().deadline(), input.inspectedOn());
			}
		}
		if (given == VisitOutcome.CASE_CLUE && (input.matterCode() == null || input.matterCode().isBlank())) {
			throw new RuleViolation(RuleViolation.UNPROCESSABLE, "inspection.clue-matter-required");
		}
		return given;
	}
}
