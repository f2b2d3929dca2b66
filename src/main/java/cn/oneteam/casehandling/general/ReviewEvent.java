package cn.oneteam.casehandling.general;

import cn.oneteam.casehandling.CaseOutcome;
import cn.oneteam.casehandling.MentalCapacity;
import cn.oneteam.casehandling.file.CaseEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import cn.oneteam.casehandling.CaseInputs.ReviewOpinion;
import cn.oneteam.catalog.PenaltyKind;
import org.jspecify.annotations.Nullable;

/** 调查终结、审核、负责人审批: what the review steps record (docs/adr/0016-case-aggregate.md). */
public sealed interface ReviewEvent extends CaseEvent {

	/** 调查终结报告 (市监 §48): the proposed outcome and penalty, whether legal review is required. */
	record ReportSubmitted(LocalDate on, CaseOutcome outcome, Set<PenaltyKind> proposed, @Nullable BigDecimal fine,
			boolean legalReview, MentalCapacity partyCapacity, String summary) implements ReviewEvent {
	}

	/** 法制审核 ({@code kind} LEGAL) or 案件审核 (CASE), by whom, with the opinion (市监 §49–§54). */
	record CaseReviewed(LocalDate on, String kind, String reviewer, ReviewOpinion opinion, String text)
			implements ReviewEvent {
	}

	/** 负责人审批拟处理意见 (市监 §56). */
	record ProposalApproved(LocalDate on, @Nullable String note) implements ReviewEvent {
	}
}
