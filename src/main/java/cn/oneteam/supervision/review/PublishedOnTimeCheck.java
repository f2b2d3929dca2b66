package cn.oneteam.supervision.review;

import java.util.ArrayList;
import java.util.List;

import cn.oneteam.casehandling.CaseClock;
import cn.oneteam.casehandling.CaseFileFacts;
import cn.oneteam.casehandling.ClockKind;
import cn.oneteam.supervision.standard.MachineCheck;
import org.springframework.stereotype.Component;

/**
 * 依期公示 (118号, 处罚法 §48; docs/legal/records.md#publicity-deadline): a penalty decision published by the due date of
 * its publicity period; published late costs less than not published once the period is past.
 */
@Component
class PublishedOnTimeCheck implements CaseFileCheck {

	private final SelfReviewSettings settings;

	PublishedOnTimeCheck(SelfReviewSettings settings) {
		this.settings = settings;
	}

	@Override
	public MachineCheck check() {
		return MachineCheck.PUBLISHED_ON_TIME;
	}

	@Override
	public List<Defect> examine(CaseFile file) {
		CaseFileFacts f = file.facts();
		List<Defect> defects = new ArrayList<>();
		boolean published = !f.steps("record-publication").isEmpty();
		for (CaseClock k : f.clocks()) {
			if (k.kind() != ClockKind.PUBLICITY) {
				continue;
			}
			if (published && k.endedOn() != null && k.endedOn().isAfter(k.dueOn())) {
				defects.add(Defect.costing(settings.publishedLate(), "supervision.check.published-late", k.endedOn(),
						k.dueOn()));
			}
			else if (!published && file.reviewedOn().isAfter(k.dueOn())) {
				defects.add(Defect.costing(settings.notPublished(), "supervision.check.not-published", k.dueOn()));
			}
		}
		return defects;
	}
}
