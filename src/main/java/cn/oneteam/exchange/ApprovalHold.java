package cn.oneteam.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * 审批限制 (approval hold): what an approval department learns when it asks about a subject
 * (docs/adr/0021-approval-exchange.md) — {@code hold} is true while the subject has a case not closed; every case known
 * to the exchange is listed, penalties with their decision number and fine, for the approver to judge.
 */
public record ApprovalHold(String subjectCode, String subjectName, boolean hold, int openCases, int penalties,
		List<Case> cases, OffsetDateTime asOf) {

	/** A case about the subject: filed, decided (outcome, decision number, fine) and closed days as far as known. */
	public record Case(long caseId, @Nullable LocalDate filedOn, @Nullable LocalDate decidedOn, @Nullable String outcome,
			@Nullable String decisionNumber, @Nullable BigDecimal fine, @Nullable LocalDate closedOn) {
	}
}
