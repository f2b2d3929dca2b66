package cn.oneteam.inspection.result;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.oneteam.casehandling.CaseInputs;
import cn.oneteam.casehandling.CaseProcedure;
import cn.oneteam.casehandling.ClueSource;
import cn.oneteam.inspection.visit.Visit;
import cn.oneteam.shared.ScopedPrincipal;
import org.springframework.stereotype.Component;

/** An inspection's finding as a case clue, linked both ways (docs/adr/0030-recording-and-publishing-inspections.md). */
@Component
class FindingClues {

	private final CaseProcedure cases;

	FindingClues(CaseProcedure cases) {
		this.cases = cases;
	}

	/**
	 * 转为案源: the finding registered as a general-procedure clue of the caller's body (the case procedure checks the
	 * caller's rights, the matter and the place), the subject as party, the failed items as facts naming the visit —
	 * in this transaction, as intake's events become clues.
	 */
	long register(Visit visit, ResultInputs.Result input, List<ResultRepository.Item> items,
			ScopedPrincipal caller) {
		return cases.registerClue(new CaseInputs.NewClue(input.matterCode().strip(), visit.divisionCode(), null, null,
				clip(findings(visit.id(), input, items), 2000), ClueSource.INSPECTION, input.inspectedOn(), null,
				visit.subjectId(), null), caller).id();
	}

	/** 【检查 12】 and each failed item with its note. */
	static String findings(long visitId, ResultInputs.Result input, List<ResultRepository.Item> items) {
		Map<Long, String> names = items.stream()
			.collect(Collectors.toMap(ResultRepository.Item::id, ResultRepository.Item::name));
		List<String> failed = new ArrayList<>();
		for (ResultInputs.Answer a : input.answers()) {
			if (a.verdict() == Verdict.FAIL) {
				String note = InspectionResults.blankToNull(a.note());
				failed.add(names.get(a.itemId()) + (note == null ? "" : "：" + note));
			}
		}
		return "【检查 " + visitId + "】" + String.join("；", failed);
	}

	private static String clip(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}
}
