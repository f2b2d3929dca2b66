package cn.oneteam.casehandling.execution;

import cn.oneteam.casehandling.CaseClock;
import cn.oneteam.casehandling.CaseDetail;
import cn.oneteam.casehandling.ClockKind;
import cn.oneteam.casehandling.file.CaseFile;
import cn.oneteam.casehandling.procedure.Clocks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import cn.oneteam.casehandling.ExecutionInputs.Instalment;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 缴款安排 of a decided fine: owed whole by the payment deadline (处罚法 §67), or — once a deferral or instalments were
 * approved (§66) — as the instalments of the schedule, each paid with the surcharge owed on its day (§72).
 */
@Component
public class PaymentSchedule {

	private final JdbcClient jdbc;

	private final Clocks clocks;

	PaymentSchedule(JdbcClient jdbc, Clocks clocks) {
		this.jdbc = jdbc;
		this.clocks = clocks;
	}

	/** One part of the fine as scheduled: its number, due date, amount and when it was paid. */
	public record Part(int seq, LocalDate dueOn, @Money BigDecimal amount, @Nullable LocalDate paidOn) {
	}

	/** The parts of a decided fine: the instalments approved, or the whole fine due at the payment deadline. */
	List<Part> parts(CaseFile c) {
		List<Part> scheduled = jdbc.sql("select * from case_instalment where case_id = ? order by seq")
			.param(c.id())
			.query((rs, n) -> new Part(rs.getInt("seq"), rs.getObject("due_on", LocalDate.class),
					rs.getBigDecimal("amount"), rs.getObject("paid_on", LocalDate.class)))
			.list();
		if (!scheduled.isEmpty() || c.decidedFine() == null) {
			return scheduled;
		}
		LocalDate due = paymentDeadline(c, clocks.of(c.id()));
		return due == null ? List.of() : List.of(new Part(1, due, c.decidedFine(), c.paidOn()));
	}

	/** Whether a deferral or instalments were approved. */
	boolean deferred(CaseFile c) {
		return jdbc.sql("select count(*) from case_instalment where case_id = ?").param(c.id()).query(Long.class)
			.single() > 0;
	}

	public Optional<Part> nextUnpaid(CaseFile c) {
		return parts(c).stream().filter(p -> p.paidOn() == null).findFirst();
	}

	/** The principal still owed. */
	public BigDecimal unpaid(CaseFile c) {
		return unpaid(parts(c));
	}

	private static BigDecimal unpaid(List<Part> parts) {
		return parts.stream().filter(p -> p.paidOn() == null).map(Part::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** The late-payment surcharge owed on a day, with the remedy periods, relief and payments recorded. */
	public Surcharge.Statement surcharge(CaseFile c, LocalDate day) {
		return surcharge(c, parts(c), day);
	}

	private Surcharge.Statement surcharge(CaseFile c, List<Part> parts, LocalDate day) {
		if (c.decidedFine() == null || parts.isEmpty()) {
			return Surcharge.Statement.NONE;
		}
		List<Surcharge.Pause> pauses = jdbc.sql("select from_on, to_on from case_remedy where case_id = ? order by from_on")
			.param(c.id())
			.query((rs, n) -> new Surcharge.Pause(rs.getObject("from_on", LocalDate.class),
					rs.getObject("to_on", LocalDate.class)))
			.list();
		return Surcharge.on(c.decidedFine(),
				parts.stream().map(p -> new Surcharge.Owed(p.amount(), p.dueOn(), p.paidOn())).toList(), day, pauses,
				c.surchargeRelief(), c.surchargePaid());
	}

	/** Replaces what is still owed by the approved instalments (处罚法 §66 para 2). */
	void reschedule(CaseFile c, List<Instalment> instalments) {
		List<Part> parts = parts(c);
		boolean wasScheduled = deferred(c);
		int next = 1;
		for (Part p : parts) {
			if (p.paidOn() != null) {
				next = p.seq() + 1;
			}
		}
		if (wasScheduled) {
			jdbc.sql("delete from case_instalment where case_id = ? and paid_on is null").param(c.id()).update();
		}
		for (Instalment i : instalments) {
			jdbc.sql("insert into case_instalment (case_id, seq, due_on, amount) values (?, ?, ?, ?)")
				.params(c.id(), next++, i.dueOn(), i.amount())
				.update();
		}
	}

	/** Marks the next instalment paid, when the fine was scheduled (the whole fine is paid on the case itself). */
	void settle(CaseFile c, Part part, LocalDate paidOn) {
		jdbc.sql("update case_instalment set paid_on = ? where case_id = ? and seq = ?")
			.params(paidOn, c.id(), part.seq())
			.update();
	}

	/** The last payment period's due date (moved when its year was loaded), else the one set at service. */
	public static @Nullable LocalDate paymentDeadline(CaseFile c, List<CaseClock> clocks) {
		return clocks.stream().filter(k -> k.kind() == ClockKind.PAYMENT).map(CaseClock::dueOn).reduce((a, b) -> b)
			.orElse(c.paymentDue());
	}

	/** The execution of a decided fine as the case shows it on a day; none before a fine is decided. */
	public CaseDetail.@Nullable Execution view(CaseFile c, LocalDate today) {
		if (c.paymentReference() == null) {
			return null;
		}
		List<CaseDetail.ScheduledEnforcement> enforcements = jdbc.sql("""
				select * from case_enforcement where case_id = ? order by scheduled_at, id""")
			.param(c.id())
			.query((rs, n) -> new CaseDetail.ScheduledEnforcement(rs.getString("kind"),
					rs.getObject("decided_on", LocalDate.class),
					ChinaTime.local(rs.getObject("scheduled_at", OffsetDateTime.class)).toLocalDateTime(),
					rs.getString("measure"), rs.getBoolean("emergency"), rs.getBoolean("day_provisional"),
					rs.getBoolean("on_rest_day")))
			.list();
		List<Part> parts = parts(c); // read once for the view
		return new CaseDetail.Execution(c.paymentReference(), parts, unpaid(parts), surcharge(c, parts, today),
				c.demandServedOn(),
				c.demandPerformBy(), c.courtAppliedOn(), c.enforcementSuspendedOn(), enforcements);
	}
}
