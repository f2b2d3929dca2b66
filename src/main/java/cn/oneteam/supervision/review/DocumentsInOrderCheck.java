package cn.oneteam.supervision.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.oneteam.casehandling.CaseFileFacts;
import cn.oneteam.documents.DocumentType;
import cn.oneteam.supervision.standard.MachineCheck;
import org.springframework.stereotype.Component;

/**
 * 文书形成顺序 (市监 §78; docs/legal/supervision.md#case-file-review): the documents made in the order filing →
 * evidence → review → notice → decision → execution → closing; a document made after one of a later step is out of
 * order. Receipts, corrections' releases and extensions of measures, the cover and the index have no step of their own.
 */
@Component
class DocumentsInOrderCheck implements CaseFileCheck {

	private final SelfReviewSettings settings;

	DocumentsInOrderCheck(SelfReviewSettings settings) {
		this.settings = settings;
	}

	@Override
	public MachineCheck check() {
		return MachineCheck.DOCUMENTS_IN_ORDER;
	}

	@Override
	public List<Defect> examine(CaseFile file) {
		CaseFileFacts f = file.facts();
		List<Defect> defects = new ArrayList<>();
		int latest = 0;
		String latestTitle = "";
		for (CaseFileFacts.Document d : f.documents()) {
			Integer step = STEP.get(d.type());
			if (step == null || d.superseded()) {
				continue;
			}
			if (step < latest) {
				defects.add(Defect.costing(settings.documentOutOfOrder(), "supervision.check.document-out-of-order",
						d.type().title(), latestTitle));
			}
			else {
				latest = step;
				latestTitle = d.type().title();
			}
		}
		return defects;
	}

	/** Each document's step in the procedure, in order. */
	private static final Map<DocumentType, Integer> STEP = Map.ofEntries(Map.entry(DocumentType.FILING_APPROVAL, 1),
			Map.entry(DocumentType.INTERVIEW_RECORD, 2), Map.entry(DocumentType.INSPECTION_RECORD, 2),
			Map.entry(DocumentType.PRESERVATION_NOTICE, 2), Map.entry(DocumentType.SEIZURE_DECISION, 2),
			Map.entry(DocumentType.INVESTIGATION_REPORT, 3), Map.entry(DocumentType.REVIEW_OPINION, 3),
			Map.entry(DocumentType.PENALTY_NOTICE, 4), Map.entry(DocumentType.HEARING_RIGHT_NOTICE, 4),
			Map.entry(DocumentType.HEARING_NOTICE, 4), Map.entry(DocumentType.HEARING_RECORD, 4),
			Map.entry(DocumentType.COLLECTIVE_DISCUSSION_RECORD, 4), Map.entry(DocumentType.PENALTY_DECISION, 5),
			Map.entry(DocumentType.NO_PENALTY_DECISION, 5), Map.entry(DocumentType.DEFERRAL_DECISION, 6),
			Map.entry(DocumentType.DEMAND, 6), Map.entry(DocumentType.ENFORCEMENT_DECISION, 6),
			Map.entry(DocumentType.SUBSTITUTE_DECISION, 6), Map.entry(DocumentType.COURT_APPLICATION, 6),
			Map.entry(DocumentType.CLOSING_APPROVAL, 7));
}
