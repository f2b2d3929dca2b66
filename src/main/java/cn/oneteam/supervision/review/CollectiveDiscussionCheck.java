package cn.oneteam.supervision.review;

import java.util.ArrayList;
import java.util.List;

import cn.oneteam.casehandling.CaseFileFacts;
import cn.oneteam.supervision.standard.MachineCheck;
import org.springframework.stereotype.Component;

/**
 * 集体讨论 (veto; 处罚法 §57 para 2): a case decided where the law requires a collective discussion had one, before the
 * decision.
 */
@Component
class CollectiveDiscussionCheck implements CaseFileCheck {

	@Override
	public MachineCheck check() {
		return MachineCheck.COLLECTIVE_DISCUSSION;
	}

	@Override
	public List<Defect> examine(CaseFile file) {
		CaseFileFacts f = file.facts();
		List<Defect> defects = new ArrayList<>();
		if (f.decided() && f.collectiveRequired()) {
			if (f.collectiveOn() == null) {
				defects.add(Defect.of("supervision.check.collective-missing", f.decidedOn()));
			}
			else if (f.collectiveOn().isAfter(f.decidedOn())) {
				defects.add(Defect.of("supervision.check.collective-after-decision", f.collectiveOn(), f.decidedOn()));
			}
		}
		return defects;
	}
}
