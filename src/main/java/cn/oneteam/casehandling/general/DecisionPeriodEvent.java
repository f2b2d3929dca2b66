package cn.oneteam.casehandling.general;

import cn.oneteam.casehandling.file.CaseEvent;
import java.time.LocalDate;

import cn.oneteam.casehandling.MeasureInputs.SuspensionGround;
import cn.oneteam.casehandling.MeasureInputs.TerminationGround;
import org.jspecify.annotations.Nullable;

/** 中止、恢复、延长、终止: what the decision-period steps record (docs/adr/0016-case-aggregate.md). */
public sealed interface DecisionPeriodEvent extends CaseEvent {

	/** 中止调查 (市监 §46): the suspension's id, its ground and reason. */
	record InvestigationSuspended(long suspension, LocalDate on, SuspensionGround ground, String reason)
			implements DecisionPeriodEvent {
	}

	/** 恢复调查 (市监 §46). */
	record InvestigationResumed(long suspension, LocalDate on, String reason) implements DecisionPeriodEvent {
	}

	/** 延长办案期限 (市监 §64): by how many days, on which collective discussion for a further extension. */
	record DecisionPeriodExtended(LocalDate on, int days, @Nullable LocalDate collectiveDiscussionOn, String reason)
			implements DecisionPeriodEvent {
	}

	/** 终止调查 (市监 §47). */
	record InvestigationTerminated(LocalDate on, TerminationGround ground, String evidence)
			implements DecisionPeriodEvent {
	}
}
