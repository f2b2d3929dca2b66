package cn.oneteam.supervision.review;

import java.util.ArrayList;
import java.util.List;

import cn.oneteam.casehandling.CaseClock;
import cn.oneteam.casehandling.CaseFileFacts;
import cn.oneteam.casehandling.ClockKind;
import cn.oneteam.supervision.standard.MachineCheck;
import org.springframework.stereotype.Component;

/**
 * 立案及时 (市监 §18; docs/legal/supervision.md#case-file-review: late filing costs 1): the clue verification period
 * met — filed by its due date, or, while not filed, not yet past it.
 */
@Component
class FiledOnTimeCheck implements CaseFileCheck {

	private final SelfReviewSettings settings;

	FiledOnTimeCheck(SelfReviewSettings settings) {
		this.settings = settings;
	}

	@Override
	public MachineCheck check() {
		return MachineCheck.FILED_ON_TIME;
	}

	@Override
	public List<Defect> examine(CaseFile file) {
		CaseFileFacts f = file.facts();
		List<Defect> defects = new ArrayList<>();
		for (CaseClock k : f.clocks()) {
			if (k.kind() == ClockKind.CLUE_VERIFICATION && k.overdue(file.reviewedOn())) {
				defects.add(Defect.costing(settings.lateFiling(), "supervision.check.filed-late", k.dueOn(),
						k.endedOn() != null ? k.endedOn() : file.reviewedOn()));
			}
		}
		return defects;
	}
}
