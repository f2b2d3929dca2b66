package cn.oneteam.supervision.review;

import java.util.ArrayList;
import java.util.List;

import cn.oneteam.casehandling.CaseFileFacts;
import cn.oneteam.supervision.standard.MachineCheck;
import org.springframework.stereotype.Component;

/**
 * 法制审核 (veto; 处罚法 §58): a case decided where the law requires a legal review had one that passed.
 */
@Component
class LegalReviewCheck implements CaseFileCheck {

	@Override
	public MachineCheck check() {
		return MachineCheck.LEGAL_REVIEW;
	}

	@Override
	public List<Defect> examine(CaseFile file) {
		CaseFileFacts f = file.facts();
		List<Defect> defects = new ArrayList<>();
		if (f.decided() && f.legalReviewRequired() && !f.legalReviewPassed()) {
			defects.add(Defect.of("supervision.check.legal-review-missing", f.decidedOn()));
		}
		return defects;
	}
}
