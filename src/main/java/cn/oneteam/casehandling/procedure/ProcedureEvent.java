package cn.oneteam.casehandling.procedure;

import cn.oneteam.casehandling.file.CaseEvent;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the engine itself records around an action (docs/adr/0016-case-aggregate.md): the approval asked for, a step
 * of it decided, the action refused, an approval given late, and the documents the action issued.
 */
public sealed interface ProcedureEvent extends CaseEvent {

	/** 审批申请: the action was checked in full and filed for approval by the chain, with its input as JSON. */
	record ApprovalRequested(long request, List<String> chain, String input) implements ProcedureEvent {
	}

	/** 审批: one step of the chain approved or rejected ({@code step}: "2/3 BUREAU_HEAD"), on the approval day. */
	record ApprovalStepDecided(long request, String step, String comment, LocalDate approvedOn)
			implements ProcedureEvent {
	}

	/** 拒绝: the action was refused with the rule codes against it; nothing else changed. */
	record ActionRefused(String refused, List<String> reasons) implements ProcedureEvent {
	}

	/** A head approved after the period the action answers ran out ("DECISION 2026-09-01"): flagged for supervision. */
	record ApprovedLate(String approvedAfterDeadline) implements ProcedureEvent {
	}

	/** The decision's document was issued under the decision's number, with its digest. */
	record DecisionDocumentIssued(String decisionSha256) implements ProcedureEvent {
	}

	/** The documents the action issues were issued: id, type, number and digest of each. */
	record DocumentsIssued(List<Map<String, Object>> documents) implements ProcedureEvent {
	}

	/** A numbered document the action issues was left for later: the body has no numbering codes. */
	record DocumentsNotIssued(String documentsNotIssued) implements ProcedureEvent {
	}
}
