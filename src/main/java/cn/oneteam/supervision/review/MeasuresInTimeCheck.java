package cn.oneteam.supervision.review;

import java.util.ArrayList;
import java.util.List;

import cn.oneteam.casehandling.CaseClock;
import cn.oneteam.casehandling.CaseFileFacts;
import cn.oneteam.casehandling.ClockKind;
import cn.oneteam.supervision.standard.MachineCheck;
import org.springframework.stereotype.Component;

/**
 * 措施依期处理 (处罚法 §56, 市监 §35; 强制法 §25; docs/legal/supervision.md#case-file-review: 1–5): evidence preserved
 * decided on within its 7 working days (not lapsed), property sealed or impounded released or decided on within its
 * term.
 */
@Component
class MeasuresInTimeCheck implements CaseFileCheck {

	private final SelfReviewSettings settings;

	MeasuresInTimeCheck(SelfReviewSettings settings) {
		this.settings = settings;
	}

	@Override
	public MachineCheck check() {
		return MachineCheck.MEASURES_IN_TIME;
	}

	@Override
	public List<Defect> examine(CaseFile file) {
		CaseFileFacts f = file.facts();
		List<Defect> defects = new ArrayList<>();
		for (CaseClock k : f.clocks()) {
			boolean preservation = k.kind() == ClockKind.EVIDENCE_PRESERVATION;
			if ((preservation || k.kind() == ClockKind.SEIZURE)
					&& (k.overdue(file.reviewedOn()) || preservation && k.state() == CaseClock.State.LAPSED)) {
				defects.add(Defect.costing(settings.measureLate(), "supervision.check.measure-late",
						SelfReviewMessages.code("case.clock." + k.kind().name()), k.startedOn(), k.dueOn()));
			}
		}
		return defects;
	}
}
