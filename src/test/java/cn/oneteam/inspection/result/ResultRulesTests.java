package cn.oneteam.inspection.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import cn.oneteam.inspection.visit.Visit;
import cn.oneteam.inspection.visit.VisitKind;
import cn.oneteam.inspection.visit.VisitOutcome;
import cn.oneteam.inspection.visit.VisitState;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.subject.quiet.InspectionTrigger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules a result must meet, one row per case (docs/adr/0030-recording-and-publishing-inspections.md). */
class ResultRulesTests {

	private static final LocalDate DAY = LocalDate.of(2026, 6, 10);

	private static final Visit VISIT = new Visit(1, 2, "91632802MA00000001", "632802003", VisitKind.RANDOM,
			InspectionTrigger.ROUTINE, 3, List.of(3L), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30), true,
			"0123456789AB", List.of("QH1"), VisitState.PLANNED, null, 4, OffsetDateTime.now(), null, null, null, null,
			null, null, null, null);

	@ParameterizedTest(name = "{0} inspected {1}, today {2}, code {3} → {4}")
	@CsvSource(nullValues = "-", textBlock = """
			in the window,          2026-06-10, 2026-06-10, true,  false
			its first day,          2026-06-01, 2026-07-09, true,  false
			its last day,           2026-06-30, 2026-07-09, true,  false
			after it without code,  2026-07-01, 2026-07-09, false, true
			after it with the code, 2026-07-01, 2026-07-09, true,  inspection.code-outside-window
			before it,              2026-05-31, 2026-06-10, false, inspection.inspected-before-window
			tomorrow,               2026-06-11, 2026-06-10, false, inspection.inspected-in-future
			""")
	void theDayInspected(String label, LocalDate inspectedOn, LocalDate today, boolean withCode, String expected) {
		if (expected.startsWith("inspection.")) {
			assertThatThrownBy(() -> ResultRules.afterWindow(VISIT, inspectedOn, today, withCode))
				.isInstanceOf(RuleViolation.class).hasMessage(expected);
		}
		else {
			assertThat(ResultRules.afterWindow(VISIT, inspectedOn, today, withCode)).isEqualTo(Boolean.valueOf(expected));
		}
	}

	@ParameterizedTest(name = "{0}: {1}, {2} → {3}")
	@CsvSource(nullValues = "-", textBlock = """
			all passed,                 PASS,           -,                  NO_PROBLEM
			all passed said so,         PASS,           NO_PROBLEM,         NO_PROBLEM
			not applicable,             NOT_APPLICABLE, -,                  NO_PROBLEM
			passed but ordered,         PASS,           CORRECTION_ORDERED, inspection.outcome-without-failure
			passed but a clue,          PASS,           CASE_CLUE,          inspection.outcome-without-failure
			failed without outcome,     FAIL,           -,                  inspection.failure-needs-outcome
			failed but no problem,      FAIL,           NO_PROBLEM,         inspection.failure-needs-outcome
			failed and ordered,         FAIL,           CORRECTION_ORDERED, CORRECTION_ORDERED
			failed and a clue,          FAIL,           CASE_CLUE,          CASE_CLUE
			""")
	void theOutcome(String label, Verdict verdict, VisitOutcome given, String expected) {
		ResultInputs.Result input = input(List.of(new ResultInputs.Answer(7, verdict, null), pass(8)), given,
				new ResultInputs.Correction(DAY.plusDays(7), "改正"), "HX-CG-009");
		if (expected.startsWith("inspection.")) {
			assertThatThrownBy(() -> ResultRules.outcome(input)).isInstanceOf(RuleViolation.class).hasMessage(expected);
		}
		else {
			assertThat(ResultRules.outcome(input)).isEqualTo(VisitOutcome.valueOf(expected));
		}
	}

	@Test
	void aCorrectionNeedsADeadlineAfterTheDayAndAClueItsMatter() {
		List<ResultInputs.Answer> failed = List.of(new ResultInputs.Answer(7, Verdict.FAIL, "无证"));
		assertThatThrownBy(() -> ResultRules.outcome(input(failed, VisitOutcome.CORRECTION_ORDERED, null, null)))
			.hasMessage("inspection.correction-required");
		assertThatThrownBy(() -> ResultRules.outcome(input(failed, VisitOutcome.CORRECTION_ORDERED,
				new ResultInputs.Correction(DAY, "改正"), null)))
			.hasMessage("inspection.correction-deadline-invalid");
		assertThatThrownBy(() -> ResultRules.outcome(input(failed, VisitOutcome.CASE_CLUE, null, " ")))
			.hasMessage("inspection.clue-matter-required");
	}

	@Test
	void everyItemIsAnsweredOnceAndNoOther() {
		List<ResultRepository.Item> items = List.of(new ResultRepository.Item(7, "a", "a"),
				new ResultRepository.Item(8, "b", "b"));
		ResultRules.answersCoverItems(List.of(pass(7), pass(8)), items);
		assertThatThrownBy(() -> ResultRules.answersCoverItems(List.of(pass(7)), items))
			.hasMessage("inspection.answers-incomplete");
		assertThatThrownBy(() -> ResultRules.answersCoverItems(List.of(pass(7), pass(8), pass(9)), items))
			.hasMessage("inspection.answer-unknown-item");
		assertThatThrownBy(() -> ResultRules.answersCoverItems(List.of(pass(7), pass(7), pass(8)), items))
			.hasMessage("inspection.answer-twice");
	}

	private static ResultInputs.Answer pass(long item) {
		return new ResultInputs.Answer(item, Verdict.PASS, null);
	}

	private static ResultInputs.Result input(List<ResultInputs.Answer> answers, VisitOutcome outcome,
			ResultInputs.Correction correction, String matter) {
		return new ResultInputs.Result(null, DAY, answers, null, null, outcome, correction, matter);
	}
}
