package cn.oneteam.supervision.review;

import java.util.ArrayList;
import java.util.List;

import cn.oneteam.casehandling.CaseFileFacts;
import cn.oneteam.documents.DocumentType;
import cn.oneteam.supervision.standard.MachineCheck;
import org.springframework.stereotype.Component;

/**
 * 送达有据 (市监 §82; docs/legal/supervision.md#case-file-review: none costs 2 each): the 行政处罚事先告知书 and a
 * served 决定书 each with its 送达回证.
 */
@Component
class ServiceDocumentedCheck implements CaseFileCheck {

	private final SelfReviewSettings settings;

	ServiceDocumentedCheck(SelfReviewSettings settings) {
		this.settings = settings;
	}

	@Override
	public MachineCheck check() {
		return MachineCheck.SERVICE_DOCUMENTED;
	}

	@Override
	public List<Defect> examine(CaseFile file) {
		CaseFileFacts f = file.facts();
		List<Defect> defects = new ArrayList<>();
		for (CaseFileFacts.Document d : f.documents()) {
			boolean served = d.type() == DocumentType.PENALTY_NOTICE
					|| (d.type() == DocumentType.PENALTY_DECISION || d.type() == DocumentType.NO_PENALTY_DECISION)
							&& f.servedOn() != null;
			if (served && !d.superseded() && f.documents().stream()
				.noneMatch(r -> r.type() == DocumentType.SERVICE_RECEIPT && !r.superseded()
						&& r.refersTo() != null && r.refersTo() == d.id())) {
				defects.add(Defect.costing(settings.serviceNotDocumented(), "supervision.check.service-receipt-missing",
						d.type().title(), d.number() == null ? "" : d.number()));
			}
		}
		return defects;
	}
}
