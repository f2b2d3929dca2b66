package cn.oneteam.supervision.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.oneteam.casehandling.CaseFileFacts;
import cn.oneteam.supervision.standard.MachineCheck;
import org.springframework.stereotype.Component;

/**
 * 程序颠倒 (veto; docs/legal/supervision.md#case-file-review): no investigation dated before the filing, no decision
 * before it. The procedure refuses both (docs/adr/0034-scoring-standards-and-self-review.md), so the veto finds them
 * only in a file imported or changed behind its back. Evidence collected after the decision is no veto: the execution
 * collects it lawfully (代履行 photos and the like); the alert board's pattern is the supervisory signal.
 */
@Component
class StepsInOrderCheck implements CaseFileCheck {

	@Override
	public MachineCheck check() {
		return MachineCheck.STEPS_IN_ORDER;
	}

	@Override
	public List<Defect> examine(CaseFile file) {
		CaseFileFacts f = file.facts();
		List<Defect> defects = new ArrayList<>();
		LocalDate filed = f.filedOn();
		if (filed != null) {
			for (CaseFileFacts.Step step : f.steps("record-investigation")) {
				if (step.day().isBefore(filed)) {
					defects.add(Defect.of("supervision.check.investigation-before-filing", step.day(), filed));
				}
			}
			if (f.decidedOn() != null && f.decidedOn().isBefore(filed)) {
				defects.add(Defect.of("supervision.check.decision-before-filing", f.decidedOn(), filed));
			}
		}
		return defects;
	}
}
