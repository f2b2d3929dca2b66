package cn.oneteam.supervision.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.oneteam.casehandling.CaseFileFacts;
import cn.oneteam.organization.Certificate;
import cn.oneteam.supervision.standard.MachineCheck;
import org.springframework.stereotype.Component;

/**
 * 执法资格 (veto; docs/legal/enforcers.md#two-officers): every certificate the file names for its officers
 * (on the filing day), shown at a step of the record, or by those who
 * collected an item of evidence, valid on that step's day and covering the case's domain (处罚法 §42). Each certificate
 * and day is named once.
 */
@Component
class OfficersCertifiedCheck implements CaseFileCheck {

	@Override
	public MachineCheck check() {
		return MachineCheck.OFFICERS_CERTIFIED;
	}

	@Override
	public List<Defect> examine(CaseFile file) {
		CaseFileFacts f = file.facts();
		List<Defect> defects = new ArrayList<>();
		Set<String> named = new HashSet<>();
		if (f.filedOn() != null) { // the officers the file names, on the filing day
			for (String number : f.assignedCertificates()) {
				examine(f, number, f.filedOn(), named, defects);
			}
		}
		for (CaseFileFacts.Step step : f.steps()) {
			for (String number : step.certificates()) {
				examine(f, number, step.day(), named, defects);
			}
		}
		for (CaseFileFacts.EvidenceFact item : f.evidence()) {
			for (String number : item.certificates()) {
				examine(f, number, item.collectedOn(), named, defects);
			}
		}
		return defects;
	}

	private static void examine(CaseFileFacts f, String number, LocalDate day, Set<String> named, List<Defect> defects) {
		if (!named.add(number + " " + day)) {
			return;
		}
		List<Certificate> certificates = f.certificates().getOrDefault(number, List.of());
		if (certificates.isEmpty()) {
			defects.add(Defect.of("supervision.check.certificate-unknown", number, day));
		}
		else if (certificates.stream().noneMatch(c -> c.authorises(f.domain(), day))) {
			Certificate latest = certificates.get(certificates.size() - 1);
			defects.add(Defect.of("supervision.check.certificate-invalid", number, day,
					SelfReviewMessages.code("certificate.status." + latest.statusOn(day).name())));
		}
	}
}
