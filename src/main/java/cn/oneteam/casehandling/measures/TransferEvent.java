package cn.oneteam.casehandling.measures;

import cn.oneteam.casehandling.file.CaseEvent;
import java.math.BigDecimal;
import java.time.LocalDate;

import cn.oneteam.casehandling.MeasureInputs.TransferKind;
import org.jspecify.annotations.Nullable;

/** 案件移送: what the transfer steps record (docs/adr/0016-case-aggregate.md). */
public sealed interface TransferEvent extends CaseEvent {

	/**
	 * 移送 approved (国务院令第310号 §5; 市监 §17): the transfer's id, the receiver and the reason, the day of the report
	 * and the 3 days the head had, approved late or not.
	 */
	record Transferred(LocalDate approvalDue, long transfer, TransferKind kind, String receiver, String reason,
			LocalDate reportedOn, boolean approvalLate) implements TransferEvent {
	}

	/** The receiver is an organisation of the platform, whose staff read the case once sent. */
	record ReceiverOrganizationNamed(long receiverOrganization) implements TransferEvent {
	}

	/** 移送送达 (国务院令第310号 §5, §6): when, in China's time, and any fine paid to be offset (§11). */
	record Sent(long transfer, String sentAt, @Nullable BigDecimal finePaid) implements TransferEvent {
	}

	/** 答复 (国务院令第310号 §8–§10): accepted or refused, and any request to reconsider a refusal. */
	record Answered(long transfer, LocalDate answeredOn, boolean accepted, String note,
			@Nullable LocalDate reconsiderationOn) implements TransferEvent {
	}

	/** A judicial refusal may be put to reconsideration until then (§9), the day provisional or not. */
	record ReconsiderationDue(LocalDate reconsiderationDue, boolean reconsiderationDueProvisional)
			implements TransferEvent {
	}
}
