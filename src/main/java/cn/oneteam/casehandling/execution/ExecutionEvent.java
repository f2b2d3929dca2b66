package cn.oneteam.casehandling.execution;

import cn.oneteam.casehandling.file.CaseEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.oneteam.casehandling.CaseInputs.ServiceMethod;
import cn.oneteam.casehandling.ExecutionInputs.Danger;
import cn.oneteam.casehandling.ExecutionInputs.EndGround;
import cn.oneteam.casehandling.ExecutionInputs.PaymentChannel;
import cn.oneteam.casehandling.ExecutionInputs.SuspensionGround;
import org.jspecify.annotations.Nullable;

/** 送达与执行: what the execution steps record (docs/adr/0016-case-aggregate.md). */
public sealed interface ExecutionEvent extends CaseEvent {

	/**
	 * 送达 (处罚法 §61; 市监 §82, §83): the method, the day on the proof of service and the legal date of service, who
	 * signed, the witnesses or recording of a document left, why public notice was needed.
	 */
	record Served(ServiceMethod method, LocalDate on, LocalDate servedOn, @Nullable String signedBy,
			List<String> witnesses, @Nullable String recording, @Nullable String publicNoticeReason)
			implements ExecutionEvent {
	}

	/**
	 * 缴款 (处罚法 §67, §72): the amount paid against the part owed (its number and principal) with the surcharge owed
	 * that day, through which channel, under which reference and finance receipt.
	 */
	record Paid(LocalDate paidOn, BigDecimal amount, int instalment, BigDecimal principal, BigDecimal surcharge,
			BigDecimal due, PaymentChannel channel, String reference, @Nullable String financeReceipt)
			implements ExecutionEvent {
	}

	/** 上交 (处罚法 §71): the cash collected on the spot reached the body, late or not. */
	record CashDelivered(LocalDate on, String receivedBy, boolean late) implements ExecutionEvent {
	}

	/** 暂缓、分期缴纳 (处罚法 §66 para 2): each instalment as {@code 2026-08-01 500.00}. */
	record PaymentDeferred(LocalDate on, LocalDate appliedOn, String hardship, List<String> instalments)
			implements ExecutionEvent {
	}

	/** 执行协议 (强制法 §42): its terms and the surcharge relieved for the remedial steps taken. */
	record ExecutionAgreed(LocalDate on, String terms, @Nullable String remedialSteps, BigDecimal surchargeRelief)
			implements ExecutionEvent {
	}

	/** 催告 (强制法 §35, §38, §45, §54): the amount owed that day, the date to perform by, the demand period's end. */
	record PerformanceDemanded(LocalDate on, ServiceMethod method, LocalDate deadline, BigDecimal principal,
			BigDecimal surcharge, BigDecimal amountDue, LocalDate demandPeriodEnds) implements ExecutionEvent {
	}

	/** 申请法院强制执行 (强制法 §53–§55): the court, the amount owed that day, the demand and the window applied in. */
	record CourtApplied(LocalDate on, String court, BigDecimal principal, BigDecimal surcharge, BigDecimal amountDue,
			LocalDate demandServedOn, String window) implements ExecutionEvent {
	}

	/** The day an enforcement is scheduled for lies in a year whose schedule is not loaded yet (issue 11 §8). */
	record DayProvisional(boolean dayProvisional) implements ExecutionEvent {
	}

	/** 行政强制执行决定 (强制法 §37, §43, §46): {@code scheduledAt} as the documents state it. */
	record EnforcementDecided(LocalDate decidedOn, String legalBasis, String manner, String scheduledAt,
			boolean immediate, boolean emergency, @Nullable String emergencyReason) implements ExecutionEvent {
	}

	/** 代履行 (强制法 §50–§52): {@code scheduledAt} as the documents state it. */
	record SubstitutePerformanceDecided(LocalDate decidedOn, String obligation, Danger danger, String performer,
			BigDecimal costBudget, @Nullable LocalDate demandServedOn, String scheduledAt, boolean immediate,
			boolean emergency) implements ExecutionEvent {
	}

	/** 中止执行 (强制法 §39). */
	record EnforcementSuspended(LocalDate on, SuspensionGround ground, String reason) implements ExecutionEvent {
	}

	/** 恢复执行 (强制法 §39 para 2): the suspension it ends. */
	record EnforcementResumed(LocalDate suspendedOn, LocalDate on, @Nullable String note) implements ExecutionEvent {
	}

	/** 终结执行 (强制法 §40). */
	record EnforcementEnded(LocalDate on, EndGround ground, String reason) implements ExecutionEvent {
	}
}
