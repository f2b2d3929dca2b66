package cn.oneteam.casehandling.execution;

import cn.oneteam.casehandling.CaseAction;
import cn.oneteam.casehandling.CaseClock;
import cn.oneteam.casehandling.CaseOutcome;
import cn.oneteam.casehandling.ClockKind;
import cn.oneteam.casehandling.file.CaseFile;
import cn.oneteam.casehandling.general.DecisionSteps;
import cn.oneteam.casehandling.procedure.ActionContext;
import cn.oneteam.casehandling.procedure.Clocks;
import cn.oneteam.casehandling.procedure.ProcedureSteps;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.oneteam.calendar.CalendarDay;
import cn.oneteam.calendar.WorkingDayCalendar;
import cn.oneteam.casehandling.CaseClock.State;
import cn.oneteam.casehandling.CaseInputs.Note;
import cn.oneteam.casehandling.CaseInputs.Service;
import cn.oneteam.casehandling.CaseInputs.ServiceMethod;
import cn.oneteam.casehandling.ExecutionInputs.CashHandover;
import cn.oneteam.casehandling.ExecutionInputs.CourtApplication;
import cn.oneteam.casehandling.ExecutionInputs.Deferral;
import cn.oneteam.casehandling.ExecutionInputs.Demand;
import cn.oneteam.casehandling.ExecutionInputs.EndGround;
import cn.oneteam.casehandling.ExecutionInputs.Enforcement;
import cn.oneteam.casehandling.ExecutionInputs.EnforcementEnd;
import cn.oneteam.casehandling.ExecutionInputs.EnforcementSuspension;
import cn.oneteam.casehandling.ExecutionInputs.ExecutionAgreement;
import cn.oneteam.casehandling.ExecutionInputs.Instalment;
import cn.oneteam.casehandling.ExecutionInputs.Payment;
import cn.oneteam.casehandling.ExecutionInputs.PaymentChannel;
import cn.oneteam.casehandling.ExecutionInputs.SubstitutePerformance;
import cn.oneteam.shared.ChinaTime;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 送达与执行 (处罚法 §61, §66–§73; 市监 §82, §83; 强制法 §35–§60): service of the decision with each method's legal
 * date, which starts the payment and remedy periods; payment by bank, electronically, on the spot where §69 allows it,
 * or by enforcement; deferral and instalments; the execution agreement; the 催告 and the court application window; the
 * body's own enforcement and 代履行, never at night or on a statutory holiday unless an emergency; suspension and end.
 */
@Component
public class ExecutionSteps implements ProcedureSteps {

	/** PUBLIC_NOTICE_SERVICE 30 days, 市监 §82; 民诉法 §95. */
	static final int PUBLIC_NOTICE_DAYS = 30;

	/** SELF_ENFORCE_AFTER_SURCHARGE: more than 30 days of surcharge before the body enforces, 强制法 §46. */
	static final int SELF_ENFORCE_AFTER_SURCHARGE_DAYS = 30;

	/** SUBSTITUTE_PERFORMANCE_DEMAND 3 WD: the 催告 before 代履行, 强制法 §51 + §69. */
	static final int SUBSTITUTE_DEMAND_WORKING_DAYS = 3;

	/** ENFORCEMENT_SUSPENSION_DROP 3 years, 强制法 §39 para 2. */
	static final int SUSPENSION_DROP_YEARS = 3;

	/** How the documents state when an enforcement action takes place. */
	private static final DateTimeFormatter SCHEDULED = DateTimeFormatter.ofPattern("yyyy年M月d日H时mm分");

	private final Clocks clocks;

	private final WorkingDayCalendar calendar;

	private final JdbcClient jdbc;

	private final PaymentSchedule schedule;

	private final DecisionSteps decisions;

	private final EnforcementTime.Night night;

	ExecutionSteps(Clocks clocks, WorkingDayCalendar calendar, JdbcClient jdbc, PaymentSchedule schedule,
			DecisionSteps decisions, @Value("${oneteam.execution.night-from:22:00}") LocalTime nightFrom,
			@Value("${oneteam.execution.night-until:06:00}") LocalTime nightUntil) {
		this.clocks = clocks;
		this.calendar = calendar;
		this.jdbc = jdbc;
		this.schedule = schedule;
		this.decisions = decisions;
		this.night = new EnforcementTime.Night(nightFrom, nightUntil);
	}

	@Override
	public Map<CaseAction, Step<?>> steps() {
		return Map.ofEntries(Map.entry(CaseAction.SERVE_DECISION, Step.of(Service.class, this::serve)),
				Map.entry(CaseAction.RECORD_PAYMENT, Step.of(Payment.class, this::pay)),
				Map.entry(CaseAction.HAND_OVER_CASH, Step.of(CashHandover.class, this::handOver)),
				Map.entry(CaseAction.DEFER_PAYMENT, Step.of(Deferral.class, this::defer)),
				Map.entry(CaseAction.AGREE_EXECUTION, Step.of(ExecutionAgreement.class, this::agree)),
				Map.entry(CaseAction.DEMAND_PERFORMANCE, Step.of(Demand.class, this::demand)),
				Map.entry(CaseAction.APPLY_TO_COURT, Step.of(CourtApplication.class, this::applyToCourt)),
				Map.entry(CaseAction.ENFORCE, Step.of(Enforcement.class, this::enforce)),
				Map.entry(CaseAction.SUBSTITUTE_PERFORMANCE, Step.of(SubstitutePerformance.class, this::substitute)),
				Map.entry(CaseAction.SUSPEND_ENFORCEMENT, Step.of(EnforcementSuspension.class, this::suspend)),
				Map.entry(CaseAction.RESUME_ENFORCEMENT, Step.of(Note.class, this::resume)),
				Map.entry(CaseAction.END_ENFORCEMENT, Step.of(EnforcementEnd.class, this::end)));
	}

	/**
	 * 送达 (处罚法 §61; 市监 §82, §83): direct and commissioned service need who signed; a document left needs witnesses
	 * or a photo or video; electronic service and a returned letter count only with a signed address confirmation;
	 * public notice needs its reason and is deemed served 30 days after publication. From the legal date the fine is
	 * due in 15 days (§67) and the party's 复议 (60 days) and 诉讼 (6 months) periods run; the court may be applied
	 * to in the 3 months after the 诉讼 period (强制法 §53).
	 */
	private void serve(CaseFile c, Service s, ActionContext ctx) {
		ctx.requireNotFuture(s.on());
		ctx.refuseIf(c.decidedOn != null && s.on().isBefore(c.decidedOn), "case.served-before-decision");
		ServiceMethod method = s.method();
		ctx.refuseIf((method == ServiceMethod.DIRECT || method == ServiceMethod.COMMISSIONED) && blank(s.signedBy()),
				"case.service-receiver-missing");
		ctx.refuseIf(method == ServiceMethod.LEFT_WITH_WITNESS && (s.witnesses() == null || s.witnesses().isEmpty())
				&& blank(s.recording()), "case.service-left-unwitnessed");
		ctx.refuseIf(method == ServiceMethod.ELECTRONIC && !s.addressConfirmationSigned(),
				"case.electronic-service-unconfirmed");
		ctx.refuseIf(method == ServiceMethod.RETURNED && !s.addressConfirmationSigned(),
				"case.returned-service-unconfirmed");
		ctx.refuseIf(method == ServiceMethod.PUBLIC_NOTICE && blank(s.publicNoticeReason()),
				"case.public-notice-reason-missing");
		ctx.stopIfRefused("case.service-refused");
		LocalDate received = method == ServiceMethod.PUBLIC_NOTICE
				? calendar.daysAfter(s.on(), PUBLIC_NOTICE_DAYS).date() // a period: docs/legal/time.md#counting-periods moves its end off rest days
				: s.on();
		clocks.open(c.id, ClockKind.SERVICE).ifPresent(k -> clocks.end(k, State.MET, s.on()));
		if (c.outcome == CaseOutcome.PENALTY) {
			clocks.start(c.id, ClockKind.RECONSIDERATION, received, ctx.now);
			CaseClock litigation = clocks.start(c.id, ClockKind.LITIGATION, received, ctx.now);
			if (c.decidedFine != null) {
				clocks.start(c.id, ClockKind.COURT_APPLICATION, litigation.dueOn(), ctx.now);
			}
		}
		if (c.decidedFine != null) {
			LocalDate due = clocks.start(c.id, ClockKind.PAYMENT, received, ctx.now).dueOn();
			ctx.record(c.serve(s, received, due, ctx.now));
		}
		else {
			ctx.record(c.serve(s, received, null, ctx.now));
			decisions.closing(c, CaseAction.SERVE_DECISION, received, ctx);
		}
	}

	/**
	 * 缴款 (处罚法 §67, §72): the next part of the fine with all the surcharge owed that day. On the spot only where §69
	 * allows it after a general decision — a remote area, at the party's request — against the finance department's
	 * receipt (§70), handed over within 2 working days (§71); by enforcement only once it was applied for or decided.
	 */
	private void pay(CaseFile c, Payment p, ActionContext ctx) {
		ctx.requireNotFuture(p.paidOn());
		PaymentChannel channel = p.channelOrBank();
		ctx.refuseIf(channel == PaymentChannel.ON_THE_SPOT && !p.remoteArea(),
				"case.on-the-spot-collection-not-allowed");
		ctx.refuseIf(channel == PaymentChannel.ON_THE_SPOT && blank(p.financeReceipt()), "case.finance-receipt-missing");
		ctx.refuseIf(channel == PaymentChannel.ENFORCED && c.courtAppliedOn == null && !enforcementDecided(c),
				"case.enforced-without-enforcement");
		PaymentSchedule.Part part = schedule.nextUnpaid(c).orElse(null);
		ctx.refuseIf(part == null, "case.nothing-owed");
		ctx.stopIfRefused("case.payment-refused");
		Surcharge.Statement surcharge = schedule.surcharge(c, p.paidOn());
		BigDecimal due = part.amount().add(surcharge.amount());
		ctx.refuseIf(p.amount().compareTo(due) < 0, "case.payment-short");
		ctx.stopIfRefused("case.payment-refused");
		schedule.settle(c, part, p.paidOn());
		clocks.open(c.id, ClockKind.PAYMENT).ifPresent(k -> clocks.end(k, State.MET, p.paidOn()));
		if (channel == PaymentChannel.ON_THE_SPOT) {
			clocks.start(c.id, ClockKind.CASH_HANDOVER, p.paidOn(), ctx.now);
		}
		PaymentSchedule.Part next = schedule.deferred(c) ? schedule.nextUnpaid(c).orElse(null) : null;
		ctx.record(c.pay(p, part, surcharge.amount(), next == null, ctx.now));
		if (next == null) {
			clocks.open(c.id, ClockKind.COURT_APPLICATION).ifPresent(k -> clocks.end(k, State.CANCELLED, p.paidOn()));
			clocks.open(c.id, ClockKind.DEMAND).ifPresent(k -> clocks.end(k, State.CANCELLED, p.paidOn()));
			decisions.closing(c, CaseAction.RECORD_PAYMENT, p.paidOn(), ctx);
		}
		else {
			startPaymentPeriod(c, next.dueOn(), p.paidOn(), ctx);
		}
	}

	/** 上交 (处罚法 §71): the cash collected on the spot reaches the body; late hand-overs are flagged. */
	private void handOver(CaseFile c, CashHandover h, ActionContext ctx) {
		ctx.requireNotFuture(h.on());
		CaseClock handover = clocks.open(c.id, ClockKind.CASH_HANDOVER).orElse(null);
		ctx.refuseIf(handover == null, "case.no-cash-to-hand-over");
		ctx.stopIfRefused("case.handover-refused");
		ctx.refuseIf(h.on().isBefore(handover.startedOn()), "case.handover-before-collection");
		ctx.stopIfRefused("case.handover-refused");
		clocks.end(handover, State.MET, h.on());
		ctx.record(new ExecutionEvent.CashDelivered(h.on(), h.receivedBy(), h.on().isAfter(handover.dueOn())));
	}

	/**
	 * 暂缓、分期缴纳 (处罚法 §66 para 2): applied for before the part owed fell due, the instalments in date order, none
	 * before the application, together exactly what is still owed, the last later than the present deadline. The
	 * court-application window then counts from the end of the deferral (§72; 市监 §76).
	 */
	private void defer(CaseFile c, Deferral d, ActionContext ctx) {
		ctx.requireNotFuture(d.appliedOn());
		PaymentSchedule.Part next = schedule.nextUnpaid(c).orElse(null);
		ctx.refuseIf(next == null, "case.nothing-owed");
		ctx.stopIfRefused("case.deferral-refused");
		ctx.refuseIf(d.appliedOn().isAfter(next.dueOn()), "case.deferral-after-due");
		List<Instalment> instalments = d.instalments();
		BigDecimal total = instalments.stream().map(Instalment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
		ctx.refuseIf(total.compareTo(schedule.unpaid(c)) != 0, "case.instalments-not-the-amount-owed");
		for (int i = 0; i < instalments.size(); i++) {
			LocalDate due = instalments.get(i).dueOn();
			ctx.refuseIf(due.isBefore(d.appliedOn()) || due.isBefore(ctx.today), "case.instalment-in-the-past");
			ctx.refuseIf(i > 0 && !due.isAfter(instalments.get(i - 1).dueOn()), "case.instalments-out-of-order");
			ctx.requireWithinAYear(due);
		}
		LocalDate last = instalments.get(instalments.size() - 1).dueOn();
		ctx.refuseIf(!last.isAfter(next.dueOn()), "case.deferral-not-later");
		ctx.stopIfRefused("case.deferral-refused");
		schedule.reschedule(c, instalments);
		clocks.open(c.id, ClockKind.PAYMENT).ifPresent(k -> clocks.end(k, State.CANCELLED, ctx.today));
		startPaymentPeriod(c, instalments.get(0).dueOn(), ctx.today, ctx);
		LocalDate litigationEnds = clocks.of(c.id).stream().filter(k -> k.kind() == ClockKind.LITIGATION)
			.map(CaseClock::dueOn).findFirst().orElse(last);
		clocks.open(c.id, ClockKind.COURT_APPLICATION).ifPresent(k -> clocks.end(k, State.CANCELLED, ctx.today));
		clocks.start(c.id, ClockKind.COURT_APPLICATION, later(litigationEnds, last), ctx.now);
		ctx.record(new ExecutionEvent.PaymentDeferred(ctx.today, d.appliedOn(), d.hardship(),
				instalments.stream().map(i -> i.dueOn() + " " + i.amount().toPlainString()).toList()));
	}

	/** 执行协议 (强制法 §42): relief only for remedial steps taken, and never more than the surcharge owed that day. */
	private void agree(CaseFile c, ExecutionAgreement a, ActionContext ctx) {
		ctx.requireNotFuture(a.on());
		BigDecimal relief = a.surchargeRelief();
		ctx.refuseIf(relief.signum() > 0 && blank(a.remedialSteps()), "case.relief-without-remedial-steps");
		ctx.refuseIf(relief.compareTo(schedule.surcharge(c, a.on()).amount()) > 0, "case.relief-exceeds-surcharge");
		ctx.stopIfRefused("case.agreement-refused");
		ctx.record(c.agree(a));
	}

	/**
	 * 催告 (强制法 §35, §38, §45, §54): once a part of the fine is overdue; states the amount owed that day with the
	 * surcharge and the date to perform by; the court may be applied to 10 working days after service.
	 */
	private void demand(CaseFile c, Demand d, ActionContext ctx) {
		ctx.requireNotFuture(d.servedOn());
		ctx.refuseIf(c.enforcementSuspendedOn != null, "case.enforcement-suspended");
		PaymentSchedule.Part next = schedule.nextUnpaid(c).orElse(null);
		ctx.refuseIf(next == null || !d.servedOn().isAfter(next.dueOn()), "case.nothing-overdue");
		ctx.refuseIf(!d.performBy().isAfter(d.servedOn()), "case.perform-by-not-after-demand");
		ctx.stopIfRefused("case.demand-refused");
		ctx.requireWithinAYear(d.performBy());
		BigDecimal principal = schedule.unpaid(c);
		BigDecimal surcharge = schedule.surcharge(c, d.servedOn()).amount();
		clocks.open(c.id, ClockKind.DEMAND).ifPresent(k -> clocks.end(k, State.CANCELLED, d.servedOn()));
		CaseClock period = clocks.start(c.id, ClockKind.DEMAND, d.servedOn(), ctx.now);
		ctx.record(c.demand(d, principal, surcharge, period.dueOn()));
	}

	/**
	 * 申请法院强制执行 (强制法 §53–§55; 行诉解释 §156; 市监 §76): after a 催告 served more than 10 working days before, still
	 * unpaid, no 复议 or 诉讼 pending, within the 3 months after the 诉讼 period (or the deferral) ended.
	 */
	private void applyToCourt(CaseFile c, CourtApplication a, ActionContext ctx) {
		ctx.requireNotFuture(a.on());
		ctx.refuseIf(c.enforcementSuspendedOn != null, "case.enforcement-suspended");
		ctx.refuseIf(c.demandServedOn == null, "case.demand-missing");
		clocks.of(c.id).stream().filter(k -> k.kind() == ClockKind.DEMAND).reduce((x, y) -> y)
			.ifPresent(k -> ctx.refuseIf(!a.on().isAfter(k.dueOn()), "case.demand-period-running"));
		ctx.refuseIf(remedyPending(c), "case.remedy-pending");
		CaseClock window = clocks.open(c.id, ClockKind.COURT_APPLICATION).orElse(null);
		ctx.refuseIf(window == null || !a.on().isAfter(window.startedOn()), "case.court-window-not-open");
		ctx.refuseIf(window != null && a.on().isAfter(window.dueOn()), "case.court-window-closed");
		ctx.refuseIf(c.courtAppliedOn != null, "case.court-already-applied");
		ctx.stopIfRefused("case.court-application-refused");
		clocks.end(window, State.MET, a.on());
		BigDecimal principal = schedule.unpaid(c);
		BigDecimal surcharge = schedule.surcharge(c, a.on()).amount();
		ctx.record(c.applyToCourt(a, principal, surcharge, window.startedOn().plusDays(1) + ".." + window.dueOn()));
	}

	/**
	 * 行政强制执行决定 (强制法 §37, §43, §46): the law granting the power named; after the 催告 period ran out, unless
	 * property is being moved or hidden; for a fine only after the surcharge has run more than 30 days; never at night
	 * or on a statutory holiday unless an emergency.
	 */
	private void enforce(CaseFile c, Enforcement e, ActionContext ctx) {
		ctx.requireNotFuture(e.decidedOn());
		ctx.refuseIf(c.enforcementSuspendedOn != null, "case.enforcement-suspended");
		ctx.refuseIf(c.demandServedOn == null, "case.demand-missing");
		ctx.refuseIf(c.demandPerformBy != null && !e.decidedOn().isAfter(c.demandPerformBy)
				&& !(e.immediate() && !blank(e.immediateReason())), "case.demand-period-running");
		ctx.refuseIf(e.immediate() && blank(e.immediateReason()), "case.immediate-reason-missing");
		ctx.refuseIf(c.decidedFine != null && schedule.surcharge(c, e.decidedOn())
			.days() <= SELF_ENFORCE_AFTER_SURCHARGE_DAYS, "case.surcharge-not-thirty-days");
		boolean provisional = scheduledAt(e.decidedOn(), e.scheduledAt(), e.emergency(), e.emergencyReason(), ctx);
		ctx.stopIfRefused("case.enforcement-refused");
		schedule(c, "ENFORCEMENT", e.decidedOn(), e.scheduledAt(), e.manner(), e.emergency(), e.emergencyReason(),
				provisional);
		ctx.record(new ExecutionEvent.EnforcementDecided(e.decidedOn(), e.legalBasis(), e.manner(),
				SCHEDULED.format(ChinaTime.local(e.scheduledAt())), e.immediate(), e.emergency(), e.emergencyReason()));
	}

	/**
	 * 代履行 (强制法 §50–§52): a 催告 served at least 3 working days before the day, unless roads, rivers or public
	 * places must be cleared at once (the party told afterwards); never at night or on a statutory holiday unless an
	 * emergency.
	 */
	private void substitute(CaseFile c, SubstitutePerformance s, ActionContext ctx) {
		ctx.requireNotFuture(s.decidedOn());
		LocalDate day = ChinaTime.local(s.scheduledAt()).toLocalDate();
		if (!s.immediate()) {
			ctx.refuseIf(s.demandServedOn() == null, "case.demand-missing");
			ctx.refuseIf(s.demandServedOn() != null
					&& day.isBefore(calendar.workingDaysAfter(s.demandServedOn(), SUBSTITUTE_DEMAND_WORKING_DAYS).date()),
					"case.substitute-demand-too-late");
		}
		boolean provisional = scheduledAt(s.decidedOn(), s.scheduledAt(), s.emergency(), s.emergencyReason(), ctx);
		ctx.stopIfRefused("case.substitute-refused");
		schedule(c, "SUBSTITUTE", s.decidedOn(), s.scheduledAt(), s.obligation(), s.emergency(), s.emergencyReason(),
				provisional);
		ctx.record(new ExecutionEvent.SubstitutePerformanceDecided(s.decidedOn(), s.obligation(), s.danger(),
				s.performer(), s.costBudget(), s.demandServedOn(), SCHEDULED.format(ChinaTime.local(s.scheduledAt())),
				s.immediate(), s.emergency()));
	}

	/** 中止执行 (强制法 §39). */
	private void suspend(CaseFile c, EnforcementSuspension s, ActionContext ctx) {
		ctx.requireNotFuture(s.on());
		ctx.refuseIf(c.enforcementSuspendedOn != null, "case.enforcement-suspended");
		ctx.stopIfRefused("case.enforcement-suspension-refused");
		ctx.record(c.suspendEnforcement(s));
	}

	/** 恢复执行 (强制法 §39 para 2): when the cause of the suspension is gone. */
	private void resume(CaseFile c, Note n, ActionContext ctx) {
		ctx.requireNotFuture(n.on());
		ctx.refuseIf(c.enforcementSuspendedOn == null, "case.enforcement-not-suspended");
		ctx.stopIfRefused("case.enforcement-resumption-refused");
		ctx.refuseIf(n.on().isBefore(c.enforcementSuspendedOn), "case.resumed-before-suspension");
		ctx.stopIfRefused("case.enforcement-resumption-refused");
		ctx.record(c.resumeEnforcement(n));
	}

	/**
	 * 终结执行 (强制法 §40): on one of its grounds; after a suspension of 3 years only where there is no obvious social
	 * harm and the party truly cannot pay (§39 para 2). The case then goes to closing.
	 */
	private void end(CaseFile c, EnforcementEnd e, ActionContext ctx) {
		ctx.requireNotFuture(e.on());
		if (e.ground() == EndGround.SUSPENDED_THREE_YEARS) {
			ctx.refuseIf(c.enforcementSuspendedOn == null
					|| e.on().isBefore(c.enforcementSuspendedOn.plusYears(SUSPENSION_DROP_YEARS)),
					"case.suspension-under-three-years");
			ctx.refuseIf(!e.noSocialHarm() || !e.unableToPay(), "case.suspension-end-conditions");
		}
		ctx.stopIfRefused("case.enforcement-end-refused");
		for (ClockKind kind : List.of(ClockKind.PAYMENT, ClockKind.DEMAND, ClockKind.COURT_APPLICATION)) {
			clocks.open(c.id, kind).ifPresent(k -> clocks.end(k, State.CANCELLED, e.on()));
		}
		ctx.record(c.endEnforcement(e, ctx.now));
		decisions.closing(c, CaseAction.END_ENFORCEMENT, e.on(), ctx);
	}

	/** 强制法 §43: the day and hour of an enforcement action. */
	/**
	 * The day and hour checked against 强制法 §43 (night, statutory holiday). A day of a year whose schedule is not loaded
	 * yet is accepted as provisional (issue 11 §8) and checked again when the year is loaded
	 * ({@link CaseWork#on(cn.oneteam.calendar.CalendarYearLoaded)}); returns whether it is provisional.
	 */
	private boolean scheduledAt(LocalDate decidedOn, OffsetDateTime at, boolean emergency, @Nullable String reason,
			ActionContext ctx) {
		LocalDateTime local = ChinaTime.local(at).toLocalDateTime();
		ctx.refuseIf(local.toLocalDate().isBefore(decidedOn), "case.scheduled-before-decision");
		ctx.requireWithinAYear(local.toLocalDate());
		Optional<CalendarDay> day = calendar.loadedDay(local.toLocalDate());
		ctx.refuse(EnforcementTime.reasonsAgainst(local, day.map(ExecutionSteps::holiday).orElse(false), night,
				emergency, reason));
		if (day.isEmpty()) {
			ctx.record(new ExecutionEvent.DayProvisional(true));
		}
		return day.isEmpty();
	}

	/**
	 * Checks again, once {@code year}'s schedule is loaded, the enforcements scheduled provisionally on its days: each
	 * stops being provisional, and one that falls on a statutory holiday without an emergency (强制法 §43) is marked,
	 * not moved, and returned for the alert and the record (issue 11 §8).
	 */
	public List<OnRestDay> recheckProvisionalDays(int year) {
		record Provisional(long id, long caseId, OffsetDateTime at, boolean emergency, @Nullable String reason) {
		}
		List<Provisional> provisional = jdbc.sql("""
				select * from case_enforcement where day_provisional
				  and extract(year from scheduled_at at time zone 'Asia/Shanghai') = ? order by id for update""")
			.param(year)
			.query((rs, n) -> new Provisional(rs.getLong("id"), rs.getLong("case_id"),
					rs.getObject("scheduled_at", OffsetDateTime.class), rs.getBoolean("emergency"),
					rs.getString("emergency_reason")))
			.list();
		List<OnRestDay> found = new ArrayList<>();
		for (Provisional p : provisional) {
			LocalDateTime local = ChinaTime.local(p.at()).toLocalDateTime();
			Optional<CalendarDay> day = calendar.loadedDay(local.toLocalDate());
			if (day.isEmpty()) {
				continue;
			}
			boolean restDay = !EnforcementTime.reasonsAgainst(local, holiday(day.get()), night, p.emergency(), p.reason())
				.isEmpty();
			jdbc.sql("update case_enforcement set day_provisional = false, on_rest_day = ? where id = ?")
				.params(restDay, p.id())
				.update();
			if (restDay) {
				found.add(new OnRestDay(p.id(), p.caseId(), local.toLocalDate(),
						day.get().holiday() == null ? "" : day.get().holiday().nameZh()));
			}
		}
		return found;
	}

	/** An enforcement whose provisional day turned out to be a statutory holiday. */
	public record OnRestDay(long enforcementId, long caseId, LocalDate day, String holiday) {
	}

	static boolean holiday(CalendarDay day) {
		return day.holiday() != null && !day.workingDay();
	}

	private void schedule(CaseFile c, String kind, LocalDate decidedOn, OffsetDateTime at, String measure,
			boolean emergency, @Nullable String reason, boolean provisional) {
		jdbc.sql("""
				insert into case_enforcement (case_id, kind, decided_on, scheduled_at, measure, emergency, emergency_reason,
				  day_provisional) values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(c.id, kind, decidedOn, at, measure, emergency, reason, provisional)
			.update();
	}

	private boolean enforcementDecided(CaseFile c) {
		return jdbc.sql("select count(*) from case_enforcement where case_id = ? and kind = 'ENFORCEMENT'")
			.param(c.id).query(Long.class).single() > 0;
	}

	private boolean remedyPending(CaseFile c) {
		return jdbc.sql("select count(*) from case_remedy where case_id = ? and to_on is null").param(c.id)
			.query(Long.class).single() > 0;
	}

	/** The payment period up to a part's due date, counted from {@code from}. */
	private void startPaymentPeriod(CaseFile c, LocalDate due, LocalDate from, ActionContext ctx) {
		LocalDate start = from.isBefore(due) ? from : due.minusDays(1);
		c.owePaymentBy(clocks.start(c.id, ClockKind.PAYMENT, start, ctx.now, (int) ChronoUnit.DAYS.between(start, due))
			.dueOn());
	}

	private static LocalDate later(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}
}
