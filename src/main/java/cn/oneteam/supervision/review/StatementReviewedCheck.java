package cn.oneteam.supervision.review;

import java.util.ArrayList;
import java.util.List;

import cn.oneteam.casehandling.CaseFileFacts;
import cn.oneteam.supervision.standard.MachineCheck;
import org.springframework.stereotype.Component;

/**
 * 陈述申辩经复核 (处罚法 §45; docs/legal/supervision.md#case-file-review: no review costs 2): each statement of the party
 * recorded with its re-examination, and the decision stating whether it was adopted.
 */
@Component
class StatementReviewedCheck implements CaseFileCheck {

	private final SelfReviewSettings settings;

	StatementReviewedCheck(SelfReviewSettings settings) {
		this.settings = settings;
	}

	@Override
	public MachineCheck check() {
		return MachineCheck.STATEMENT_REVIEWED;
	}

	@Override
	public List<Defect> examine(CaseFile file) {
		CaseFileFacts f = file.facts();
		List<Defect> defects = new ArrayList<>();
		List<CaseFileFacts.Step> statements = f.steps("record-statement");
		for (CaseFileFacts.Step step : statements) {
			if (!(step.facts().get("reexamination") instanceof String text) || text.isBlank()) {
				defects.add(Defect.costing(settings.statementNotReviewed(), "supervision.check.statement-not-reexamined",
						step.day()));
			}
		}
		if (!statements.isEmpty() && f.decided()
				&& (f.statementAdoption() == null || f.statementAdoption().isBlank())) {
			defects.add(Defect.costing(settings.statementNotReviewed(), "supervision.check.statement-adoption-missing",
					f.decidedOn()));
		}
		return defects;
	}
}
