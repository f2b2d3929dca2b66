package cn.oneteam.casehandling.general;

import cn.oneteam.casehandling.CaseOutcome;
import cn.oneteam.casehandling.file.CaseEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import cn.oneteam.catalog.PenaltyKind;
import org.jspecify.annotations.Nullable;

/** 决定、公示、结案: what the decision steps record (docs/adr/0016-case-aggregate.md). */
public sealed interface DecisionEvent extends CaseEvent {

	/**
	 * 作出决定 (处罚法 §57): the outcome and penalty, the name the documents are issued in, and the statement adopted
	 * (as the head gave it); what the decision states beyond them (§59, docs/adr/0020-decision-contents.md): the
	 * evidence relied on (the case's evidence items by type and title, as on the day), the 行政复议机关 and the court.
	 */
	record Decided(LocalDate decidedOn, CaseOutcome outcome, Set<PenaltyKind> kinds, @Nullable BigDecimal fine,
			String nameOnDocuments, @Nullable String statementAdoption, String evidenceRelied,
			String reconsiderationBody, String court) implements DecisionEvent {
	}

	/** What the decision states beside the penalty (§59(2), (5)), gathered when it is made. */
	record Stated(String evidenceRelied, String reconsiderationBody, String court) {
	}

	/** The decision took its number (决定书 or 不予行政处罚决定书; none for a transfer). */
	record DecisionNumbered(String decisionNumber) implements DecisionEvent {
	}

	/** 罚缴分离 (处罚法 §67): the reference the party pays the fine under. */
	record PaymentReferenceAssigned(String paymentReference) implements DecisionEvent {
	}

	/** 公示 (处罚法 §48): where and under which reference. */
	record DecisionPublished(LocalDate on, String channel, String reference) implements DecisionEvent {
	}

	/** 结案 (市监 §77). */
	record Closed(LocalDate on, String summary) implements DecisionEvent {
	}
}
