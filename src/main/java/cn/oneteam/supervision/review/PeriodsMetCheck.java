package cn.oneteam.supervision.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.oneteam.casehandling.CaseClock;
import cn.oneteam.casehandling.CaseFileFacts;
import cn.oneteam.casehandling.ClockKind;
import cn.oneteam.supervision.standard.MachineCheck;
import org.springframework.stereotype.Component;

/**
 * 法定期限 (docs/legal/time.md#periods): no period the body must act within ran past its due date — ended late, or
 * still open past it on the day reviewed. The party's own periods, the payment, and the periods scored by their own
 * items (filing, measures, publication) are left out.
 */
@Component
class PeriodsMetCheck implements CaseFileCheck {

	private final SelfReviewSettings settings;

	PeriodsMetCheck(SelfReviewSettings settings) {
		this.settings = settings;
	}

	@Override
	public MachineCheck check() {
		return MachineCheck.PERIODS_MET;
	}

	@Override
	public List<Defect> examine(CaseFile file) {
		CaseFileFacts f = file.facts();
		List<Defect> defects = new ArrayList<>();
		for (CaseClock k : f.clocks()) {
			if (k.kind().alerts() && !OWN_ITEMS.contains(k.kind()) && k.overdue(file.reviewedOn())) {
				defects.add(Defect.costing(settings.periodBreached(), "supervision.check.period-breached",
						SelfReviewMessages.code("case.clock." + k.kind().name()), k.dueOn(),
						k.endedOn() != null ? k.endedOn() : file.reviewedOn()));
			}
		}
		return defects;
	}

	/** Scored by their own items, or the party's to keep. */
	private static final Set<ClockKind> OWN_ITEMS = Set.of(ClockKind.CLUE_VERIFICATION, ClockKind.PUBLICITY,
			ClockKind.EVIDENCE_PRESERVATION, ClockKind.SEIZURE, ClockKind.PAYMENT);
}
