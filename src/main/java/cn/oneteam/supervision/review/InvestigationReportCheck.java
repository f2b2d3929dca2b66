package cn.oneteam.supervision.review;

import java.util.ArrayList;
import java.util.List;

import cn.oneteam.casehandling.CaseFileFacts;
import cn.oneteam.documents.DocumentType;
import cn.oneteam.supervision.standard.MachineCheck;
import org.springframework.stereotype.Component;

/**
 * 调查终结报告 (市监 §48; docs/legal/supervision.md#case-file-review: none costs 3): a decided case's report submitted and
 * its 案件调查终结报告 in the file.
 */
@Component
class InvestigationReportCheck implements CaseFileCheck {

	private final SelfReviewSettings settings;

	InvestigationReportCheck(SelfReviewSettings settings) {
		this.settings = settings;
	}

	@Override
	public MachineCheck check() {
		return MachineCheck.INVESTIGATION_REPORT;
	}

	@Override
	public List<Defect> examine(CaseFile file) {
		CaseFileFacts f = file.facts();
		List<Defect> defects = new ArrayList<>();
		if (f.decided()) {
			if (f.steps("submit-report").isEmpty()) {
				defects.add(Defect.costing(settings.noReport(), "supervision.check.report-missing"));
			}
			else if (f.documents(DocumentType.INVESTIGATION_REPORT).isEmpty()) {
				defects.add(Defect.costing(settings.noReport(), "supervision.check.report-document-missing",
						DocumentType.INVESTIGATION_REPORT.title()));
			}
		}
		return defects;
	}
}
