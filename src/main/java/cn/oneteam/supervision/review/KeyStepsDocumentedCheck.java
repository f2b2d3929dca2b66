package cn.oneteam.supervision.review;

import java.util.ArrayList;
import java.util.List;

import cn.oneteam.casehandling.CaseFileFacts;
import cn.oneteam.casehandling.CaseOutcome;
import cn.oneteam.casehandling.CaseStage;
import cn.oneteam.documents.DocumentType;
import cn.oneteam.supervision.standard.MachineCheck;
import org.springframework.stereotype.Component;

/**
 * 关键环节有文书 (veto; docs/legal/supervision.md#case-file-review): a filed case has its 立案审批表; a penalty its
 * 行政处罚事先告知书; a decision its 决定书; a decision past service its service recorded (the 送达回证 itself is scored
 * under {@link ServiceDocumentedCheck}).
 */
@Component
class KeyStepsDocumentedCheck implements CaseFileCheck {

	@Override
	public MachineCheck check() {
		return MachineCheck.KEY_STEPS_DOCUMENTED;
	}

	@Override
	public List<Defect> examine(CaseFile file) {
		CaseFileFacts f = file.facts();
		List<Defect> defects = new ArrayList<>();
		if (f.filedOn() != null && f.documents(DocumentType.FILING_APPROVAL).isEmpty()) {
			defects.add(Defect.of("supervision.check.document-missing", DocumentType.FILING_APPROVAL.title()));
		}
		if (f.decided() && f.outcome() == CaseOutcome.PENALTY && f.documents(DocumentType.PENALTY_NOTICE).isEmpty()) {
			defects.add(Defect.of("supervision.check.document-missing", DocumentType.PENALTY_NOTICE.title()));
		}
		if (f.decided()) {
			DocumentType decision = f.outcome() == CaseOutcome.PENALTY ? DocumentType.PENALTY_DECISION
					: DocumentType.NO_PENALTY_DECISION;
			if (f.documents(decision).isEmpty()) {
				defects.add(Defect.of("supervision.check.document-missing", decision.title()));
			}
			if (f.stage() != CaseStage.DECIDED && (f.servedOn() == null || f.serviceMethod() == null)) {
				defects.add(Defect.of("supervision.check.service-missing", decision.title()));
			}
		}
		return defects;
	}
}
