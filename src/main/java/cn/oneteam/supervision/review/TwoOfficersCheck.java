package cn.oneteam.supervision.review;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.oneteam.casehandling.CaseFileFacts;
import cn.oneteam.supervision.standard.MachineCheck;
import org.springframework.stereotype.Component;

/**
 * 两名执法人员 (veto; 处罚法 §42, §55; docs/legal/enforcers.md#two-officers): the file naming at least two officers, and
 * at least two distinct certificates shown at every investigative or coercive step — the filing's assignment, each investigation, preservation and seizure — and
 * by those who collected each item of evidence.
 */
@Component
class TwoOfficersCheck implements CaseFileCheck {

	@Override
	public MachineCheck check() {
		return MachineCheck.TWO_OFFICERS;
	}

	@Override
	public List<Defect> examine(CaseFile file) {
		CaseFileFacts f = file.facts();
		List<Defect> defects = new ArrayList<>();
		if (f.filedOn() != null && new HashSet<>(f.assignedCertificates()).size() < 2) {
			defects.add(Defect.of("supervision.check.two-assigned", new HashSet<>(f.assignedCertificates()).size()));
		}
		for (CaseFileFacts.Step step : f.steps()) {
			if (STEPS.contains(step.action()) && new HashSet<>(step.certificates()).size() < 2) {
				defects.add(Defect.of("supervision.check.two-officers", SelfReviewMessages.code("case.action." + step.action()),
						step.day(), new HashSet<>(step.certificates()).size()));
			}
		}
		for (CaseFileFacts.EvidenceFact item : f.evidence()) {
			if (new HashSet<>(item.certificates()).size() < 2) {
				defects.add(Defect.of("supervision.check.two-collectors", item.title(), item.collectedOn(),
						new HashSet<>(item.certificates()).size()));
			}
		}
		return defects;
	}

	/** The steps two officers must take together, by the record's action names. */
	static final Set<String> STEPS = Set.of("file", "record-investigation", "preserve-evidence", "seize");
}
