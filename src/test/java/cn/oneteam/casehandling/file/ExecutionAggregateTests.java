package cn.oneteam.casehandling.file;

import cn.oneteam.casehandling.CaseStage;
import cn.oneteam.casehandling.MeasureInputs;
import cn.oneteam.casehandling.PartyKind;
import cn.oneteam.casehandling.events.CaseTransferred;
import cn.oneteam.casehandling.events.FinePaid;
import cn.oneteam.casehandling.execution.ExecutionEvent;
import cn.oneteam.casehandling.execution.PaymentSchedule;
import cn.oneteam.casehandling.measures.TransferEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import cn.oneteam.casehandling.CaseInputs.Note;
import cn.oneteam.casehandling.CaseInputs.Service;
import cn.oneteam.casehandling.CaseInputs.ServiceMethod;
import cn.oneteam.casehandling.ExecutionInputs.EnforcementSuspension;
import cn.oneteam.casehandling.ExecutionInputs.Payment;
import cn.oneteam.casehandling.ExecutionInputs.SuspensionGround;
import cn.oneteam.casehandling.MeasureInputs.TransferKind;
import cn.oneteam.catalog.EnforcementMode;
import cn.oneteam.shared.DivisionCode;
import org.junit.jupiter.api.Test;

/**
 * The execution and transfer changes of the case as an aggregate (docs/adr/0016-case-aggregate.md): what each changes,
 * where it moves the case, what other modules hear, and the facts the record keeps — the keys and texts the steps
 * wrote one by one before.
 */
class ExecutionAggregateTests {

	private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 20, 10, 0, 0, 0, ZoneOffset.ofHours(8));

	@Test
	void aPaymentAddsUpAndIsHeardOfSettledOnlyWhenNothingIsOwed() {
		CaseFile c = aCase(CaseStage.EXECUTION);
		Payment first = new Payment(LocalDate.of(2026, 11, 20), new BigDecimal("1230.00"), "BANK-1", null, null, null);
		ExecutionEvent.Paid paid = c.pay(first, new PaymentSchedule.Part(1, LocalDate.of(2026, 12, 15),
				new BigDecimal("1200.00"), null), new BigDecimal("30.00"), false, NOW);
		assertThat(c.paidAmount).isEqualByComparingTo("1230");
		assertThat(c.surchargePaid).isEqualByComparingTo("30");
		assertThat(c.paidOn).isNull();
		assertThat(c.takePublished())
			.containsExactly(new FinePaid(7L, new BigDecimal("1230.00"), LocalDate.of(2026, 11, 20), false, NOW));
		assertThat(CaseEvent.factsOf(paid)).containsExactly(entry("paidOn", "2026-11-20"), entry("amount", "1230.00"),
				entry("instalment", 1), entry("principal", "1200.00"), entry("surcharge", "30.00"),
				entry("due", "1230.00"), entry("channel", "BANK"), entry("reference", "BANK-1"),
				entry("financeReceipt", ""));

		Payment last = new Payment(LocalDate.of(2026, 11, 21), new BigDecimal("800"), "BANK-2", null, null, null);
		c.pay(last, new PaymentSchedule.Part(2, LocalDate.of(2027, 1, 15), new BigDecimal("800"), null),
				BigDecimal.ZERO, true, NOW);
		assertThat(c.paidAmount).isEqualByComparingTo("2030");
		assertThat(c.paidOn).isEqualTo(LocalDate.of(2026, 11, 21));
		assertThat(c.takePublished()).singleElement().extracting(e -> ((FinePaid) e).settled()).isEqualTo(true);
	}

	@Test
	void serviceRecordsTheLegalDateAndWhatTheProofOfServiceSays() {
		CaseFile c = aCase(CaseStage.DECIDED);
		ExecutionEvent.Served served = c.serve(new Service(LocalDate.of(2026, 6, 24), ServiceMethod.DIRECT, false,
				"当事人本人", null, null, null), LocalDate.of(2026, 6, 24), LocalDate.of(2026, 7, 9), NOW);
		assertThat(c.stage).isEqualTo(CaseStage.EXECUTION);
		assertThat(c.serviceMethod).isEqualTo("DIRECT");
		assertThat(c.paymentDue).isEqualTo(LocalDate.of(2026, 7, 9));
		assertThat(CaseEvent.factsOf(served)).containsExactly(entry("method", "DIRECT"), entry("on", "2026-06-24"),
				entry("servedOn", "2026-06-24"), entry("signedBy", "当事人本人"), entry("witnesses", List.of()),
				entry("recording", ""), entry("publicNoticeReason", ""));
	}

	@Test
	void anEnforcementSuspendedAndResumedRecordsTheDayItWasSuspended() {
		CaseFile c = aCase(CaseStage.EXECUTION);
		c.suspendEnforcement(new EnforcementSuspension(LocalDate.of(2026, 9, 10), SuspensionGround.OTHER, "原因"));
		assertThat(c.enforcementSuspendedOn).isEqualTo(LocalDate.of(2026, 9, 10));
		ExecutionEvent.EnforcementResumed resumed = c.resumeEnforcement(new Note(LocalDate.of(2026, 9, 20), null));
		assertThat(c.enforcementSuspendedOn).isNull();
		assertThat(CaseEvent.factsOf(resumed)).containsExactly(entry("suspendedOn", "2026-09-10"),
				entry("on", "2026-09-20"), entry("note", ""));
	}

	@Test
	void aTransferMovesTheCaseAndIsHeardOfAndARefusalSendsItBackWhereItCameFrom() {
		CaseFile c = aCase(CaseStage.INVESTIGATING);
		TransferEvent.Transferred transferred = c.transfer(new MeasureInputs.Transfer(TransferKind.JUDICIARY,
				"德令哈市公安局", "涉嫌犯罪", LocalDate.of(2026, 10, 12), null, null), 3L, LocalDate.of(2026, 10, 15), true,
				LocalDate.of(2026, 11, 20), NOW);
		assertThat(c.stage).isEqualTo(CaseStage.TRANSFERRING);
		assertThat(c.takePublished()).containsExactly(
				new CaseTransferred(7L, TransferKind.JUDICIARY, "德令哈市公安局", LocalDate.of(2026, 11, 20), NOW));
		assertThat(CaseEvent.factsOf(transferred)).containsOnlyKeys("approvalDue", "transfer", "kind", "receiver",
				"reason", "reportedOn", "approvalLate").containsEntry("transfer", 3L).containsEntry("kind", "JUDICIARY");
		c.handBack(CaseStage.CLUE);
		assertThat(c.stage).isEqualTo(CaseStage.CLUE);
		CaseFile investigated = aCase(CaseStage.TRANSFERRING);
		investigated.handBack(CaseStage.REVIEW);
		assertThat(investigated.stage).isEqualTo(CaseStage.INVESTIGATING);
	}

	private static CaseFile aCase(CaseStage stage) {
		CaseFile c = CaseFileTests.aCase(stage);
		c.majorPublicInterest = false;
		c.decidedFine = new BigDecimal("2000");
		return c;
	}
}
