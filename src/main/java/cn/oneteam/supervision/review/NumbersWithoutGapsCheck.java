package cn.oneteam.supervision.review;

import java.util.ArrayList;
import java.util.List;

import cn.oneteam.casehandling.CaseFileFacts;
import cn.oneteam.supervision.standard.MachineCheck;
import org.springframework.stereotype.Component;

/**
 * 文书编号连续 (docs/legal/records.md#document-numbers): below each of the case's numbers, its body's series for the type
 * and year lacks none (a voided number stays in the series).
 */
@Component
class NumbersWithoutGapsCheck implements CaseFileCheck {

	private final SelfReviewSettings settings;

	NumbersWithoutGapsCheck(SelfReviewSettings settings) {
		this.settings = settings;
	}

	@Override
	public MachineCheck check() {
		return MachineCheck.NUMBERS_WITHOUT_GAPS;
	}

	@Override
	public List<Defect> examine(CaseFile file) {
		CaseFileFacts f = file.facts();
		List<Defect> defects = new ArrayList<>();
		for (CaseFileFacts.MissingNumber gap : f.missingNumbers()) {
			defects.add(Defect.costing(settings.numberGap(), "supervision.check.number-gap", gap.caseNumber(),
					gap.sequence(), gap.year()));
		}
		return defects;
	}
}
