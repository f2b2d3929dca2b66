package cn.oneteam.casehandling.procedure;

import cn.oneteam.casehandling.CaseClock;
import cn.oneteam.casehandling.ClockKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import cn.oneteam.calendar.Deadline;
import cn.oneteam.calendar.WorkingDayCalendar;
import cn.oneteam.casehandling.CaseClock.Move;
import cn.oneteam.casehandling.CaseClock.State;
import cn.oneteam.casehandling.ClockKind.ClockUnit;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.DivisionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The statutory clocks of cases on the official calendar. A due date is always recomputed from the start, the length,
 * the approved extensions and the units paused, so suspension, hearings, testing and extensions move it exactly; every
 * move is kept. Paused units are the units after the day the pause began up to and including the day it ended (docs/legal/time.md#counting-periods).
 * A period starts with the length its case's province sets, or the deployment's ({@link CasePeriods}); the length is
 * kept on the clock, so a setting changed later moves no running period (docs/adr/0018-statutory-periods.md).
 */
@Component
@EnableConfigurationProperties(CasePeriods.class)
public class Clocks {

	/** The reasons whose message states the length of a period, and the period. */
	private static final Map<String, ClockKind> PERIOD_OF = Map.of("case.decision-deadline-passed", ClockKind.DECISION,
			"case.hearing-request-late", ClockKind.HEARING_REQUEST, "case.preservation-lapsed",
			ClockKind.EVIDENCE_PRESERVATION, "case.demand-period-running", ClockKind.DEMAND, "case.court-window-closed",
			ClockKind.COURT_APPLICATION, "case.court-window-not-open", ClockKind.COURT_APPLICATION,
			"case.cash-not-handed-over", ClockKind.CASH_HANDOVER);

	private final JdbcClient jdbc;

	private final WorkingDayCalendar calendar;

	private final CasePeriods periods;

	Clocks(JdbcClient jdbc, WorkingDayCalendar calendar, CasePeriods periods) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.periods = periods;
	}

	/** The length of a period where no province sets its own: the statute's unless the deployment sets another. */
	public int length(ClockKind kind) {
		return periods.length(kind);
	}

	/** The length of a period for a case: its place's province's setting, or the deployment's. */
	public int length(ClockKind kind, long caseId) {
		return periods.length(kind, placeOf(caseId));
	}

	public int extension(ClockKind kind) {
		return periods.extension(kind);
	}

	/**
	 * The lengths the messages of these reasons state (docs/adr/0018-statutory-periods.md): the length of the case's
	 * own clock of the period, or the one its place's province sets when it has none yet; the first extension where
	 * the reason names it.
	 */
	public Map<String, List<String>> reasonArguments(long caseId, List<String> reasons) {
		Map<String, List<String>> arguments = new LinkedHashMap<>();
		for (String reason : reasons) {
			ClockKind kind = PERIOD_OF.get(reason);
			if (kind != null) {
				int length = of(caseId).stream().filter(c -> c.kind() == kind).reduce((first, last) -> last)
					.map(CaseClock::lengthUnits)
					.orElseGet(() -> length(kind, caseId));
				arguments.put(reason, List.of(String.valueOf(length)));
			}
			else if (reason.equals("case.extension-days-fixed")) {
				arguments.put(reason, List.of(String.valueOf(extension(ClockKind.DECISION))));
			}
		}
		return arguments;
	}

	/**
	 * Starts a period the day after {@code on} (the start day is not counted, docs/legal/time.md#counting-periods); hours from {@code at}. Its length is
	 * the one the province of the case's place sets, or the deployment's.
	 */
	public CaseClock start(long caseId, ClockKind kind, LocalDate on, OffsetDateTime at) {
		return start(caseId, kind, on, at, length(kind, caseId));
	}

	/** Starts a period of a length set for this case (a deferred payment's new due date, 处罚法 §66). */
	public CaseClock start(long caseId, ClockKind kind, LocalDate on, OffsetDateTime at, int length) {
		Due due = due(kind.unit(), on, at, length);
		long id = jdbc.sql("""
				insert into case_clock (case_id, kind, unit, started_on, started_at, length_units, due_on, due_at,
				  provisional, state) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'RUNNING') returning id""")
			.params(caseId, kind.name(), kind.unit().name(), on, at, length, due.on(), due.at(), due.provisional())
			.query(Long.class)
			.single();
		return require(id);
	}

	public Optional<CaseClock> open(long caseId, ClockKind kind) {
		return of(caseId).stream()
			.filter(c -> c.kind() == kind && (c.state() == State.RUNNING || c.state() == State.PAUSED))
			.findFirst();
	}

	/** Ends a running or paused period: met by the action that answers it, lapsed, or no longer relevant. */
	public void end(CaseClock clock, State state, LocalDate on) {
		jdbc.sql("""
				update case_clock set state = ?, ended_on = ?, paused_since = null
				where id = ? and state in ('RUNNING', 'PAUSED')""")
			.params(state.name(), on, clock.id())
			.update(); // a period the scan let lapse meanwhile stays lapsed
	}

	/**
	 * Marks a period met by an answer dated inside it that is recorded only after the scan let it lapse (a paper
	 * request entered late); the lapse stays in the record, this correction follows it.
	 */
	public void metAfterAll(CaseClock clock, LocalDate on) {
		jdbc.sql("""
				update case_clock set state = 'MET', ended_on = ?, paused_since = null
				where id = ? and state <> 'CANCELLED'""")
			.params(on, clock.id())
			.update();
	}

	/** Ends every open period of a case (closing, transfer accepted). */
	public void endAll(long caseId, State state, LocalDate on) {
		of(caseId).stream()
			.filter(c -> c.state() == State.RUNNING || c.state() == State.PAUSED)
			.forEach(c -> end(c, state, on));
	}

	/** Stops a period from running as of {@code on} (中止, hearing, testing). */
	public void pause(CaseClock clock, LocalDate on) {
		if (clock.state() == State.RUNNING) {
			jdbc.sql("update case_clock set state = 'PAUSED', paused_since = ? where id = ?").params(on, clock.id()).update();
		}
	}

	/** Runs a paused period again; its due date moves by the units it stood still. */
	public void resume(CaseClock clock, LocalDate on, String reason, OffsetDateTime at, long actor) {
		if (clock.state() != State.PAUSED || clock.pausedSince() == null) {
			return;
		}
		LocalDate since = clock.pausedSince();
		int units = switch (clock.unit()) {
			case WORKING_DAYS -> calendar.workingDaysBetween(since, on);
			case DAYS -> (int) ChronoUnit.DAYS.between(since, on);
			case HOURS -> (int) ChronoUnit.DAYS.between(since, on) * 24;
			case MONTHS -> (int) ChronoUnit.MONTHS.between(since, on);
		};
		jdbc.sql("update case_clock set state = 'RUNNING', paused_since = null, paused_units = paused_units + ? where id = ?")
			.params(Math.max(units, 0), clock.id())
			.update();
		recompute(clock.id(), reason, at, actor);
	}

	/** Adds an approved extension to the period (市监 §18, §55, §64; 强制法 §25). */
	public void extend(CaseClock clock, int units, OffsetDateTime at, long actor) {
		jdbc.sql("update case_clock set extended_units = extended_units + ? where id = ?").params(units, clock.id()).update();
		recompute(clock.id(), "EXTENSION", at, actor);
	}

	/** Every clock of the case, oldest first, with its moves. */
	public List<CaseClock> of(long caseId) {
		List<CaseClock> clocks = jdbc.sql("select * from case_clock where case_id = ? order by id")
			.param(caseId)
			.query(this::clock)
			.list();
		if (clocks.isEmpty()) {
			return clocks;
		}
		Map<Long, List<Move>> moves = jdbc.sql("""
				select * from clock_move where clock_id = any(?) order by id""")
			.param(clocks.stream().map(CaseClock::id).toArray(Long[]::new))
			.query((rs, n) -> Map.entry(rs.getLong("clock_id"),
					new Move(rs.getString("reason"), rs.getObject("previous_due", LocalDate.class),
							rs.getObject("new_due", LocalDate.class),
							ChinaTime.local(rs.getObject("moved_at", OffsetDateTime.class)))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return clocks.stream().map(c -> withMoves(c, moves.getOrDefault(c.id(), List.of()))).toList();
	}

	/**
	 * Recomputes every open period a year's schedule may move once it is loaded or replaced (provisional ones become
	 * exact, a corrected year moves the others), each locked while it is recomputed; the moves say "CALENDAR".
	 * Returns the cases whose due dates moved or stopped being provisional.
	 */
	public Set<Long> recomputeForYear(int year, OffsetDateTime at) {
		List<CaseClock> open = jdbc.sql("""
				select * from case_clock where state in ('RUNNING', 'PAUSED') and unit <> 'HOURS'
				  and due_on >= make_date(?, 1, 1) order by id for update""")
			.param(year)
			.query(this::clock)
			.list();
		Set<Long> changed = new TreeSet<>();
		for (CaseClock clock : open) {
			if (recompute(clock.id(), "CALENDAR", at, 0)) {
				changed.add(clock.caseId());
			}
		}
		return changed;
	}

	/**
	 * An on-the-spot decision's deadlines to report and archive (市监 §70) and to pay (处罚法 §67), counted on the
	 * official calendar; provisional when one runs into a year whose schedule is not loaded yet, as the general
	 * procedure's clocks are (docs/adr/0004-general-procedure.md), and counted again when that year is loaded.
	 */
	public OnTheSpotDeadlines onTheSpot(LocalDate decidedOn, boolean fined, @Nullable DivisionCode place) {
		return new OnTheSpotDeadlines(
				calendar.workingDaysAfter(decidedOn, periods.length(ClockKind.SIMPLE_ARCHIVE, place)),
				fined ? calendar.daysAfter(decidedOn, periods.length(ClockKind.PAYMENT, place)) : null);
	}

	/** The deadlines of an on-the-spot decision where no province sets its own. */
	public OnTheSpotDeadlines onTheSpot(LocalDate decidedOn, boolean fined) {
		return onTheSpot(decidedOn, fined, null);
	}

	public record OnTheSpotDeadlines(Deadline archive, @Nullable Deadline payment) {

		boolean paymentProvisional() {
			return payment != null && payment.provisional();
		}
	}

	/**
	 * Counts again the deadlines of on-the-spot decisions that were provisional, once a year is loaded (each case row
	 * locked in id order); returns the cases whose deadlines moved or stopped being provisional.
	 */
	public Set<Long> recountOnTheSpot() {
		record Decided(long id, LocalDate on, boolean fined, LocalDate archive, @Nullable LocalDate payment,
				boolean archiveProvisional, boolean paymentProvisional, @Nullable DivisionCode place) {
		}
		List<Decided> provisional = jdbc.sql("""
				select * from penalty_case where procedure = 'SIMPLE'
				  and (archive_due_provisional or payment_due_provisional) order by id for update""")
			.query((rs, n) -> new Decided(rs.getLong("id"), rs.getObject("decided_on", LocalDate.class),
					rs.getBigDecimal("fine") != null, rs.getObject("archive_due", LocalDate.class),
					rs.getObject("payment_due", LocalDate.class), rs.getBoolean("archive_due_provisional"),
					rs.getBoolean("payment_due_provisional"), place(rs.getString("place_code"))))
			.list();
		Set<Long> changed = new TreeSet<>();
		for (Decided d : provisional) {
			OnTheSpotDeadlines due = onTheSpot(d.on(), d.fined(), d.place());
			LocalDate payment = due.payment() == null ? null : due.payment().date();
			if (due.archive().date().equals(d.archive()) && Objects.equals(payment, d.payment())
					&& due.archive().provisional() == d.archiveProvisional()
					&& due.paymentProvisional() == d.paymentProvisional()) {
				continue; // still provisional and where it was
			}
			jdbc.sql("""
					update penalty_case set archive_due = ?, payment_due = ?, archive_due_provisional = ?,
					  payment_due_provisional = ? where id = ?""")
				.params(due.archive().date(), payment, due.archive().provisional(), due.paymentProvisional(), d.id())
				.update();
			changed.add(d.id());
		}
		return changed;
	}

	/** Recomputes the due date; whether it or its provisional mark changed. */
	private boolean recompute(long id, String reason, OffsetDateTime at, long actor) {
		CaseClock clock = require(id);
		Due due = due(clock.unit(), clock.startedOn(), clock.dueAt() == null ? null : startedAt(id), clock.lengthUnits()
				+ clock.extendedUnits() + clock.pausedUnits());
		boolean changed = !due.on().equals(clock.dueOn()) || due.provisional() != clock.provisional();
		if (changed) {
			jdbc.sql("update case_clock set due_on = ?, due_at = ?, provisional = ? where id = ?")
				.params(due.on(), due.at(), due.provisional(), id)
				.update();
		}
		if (!due.on().equals(clock.dueOn())) {
			jdbc.sql("""
					insert into clock_move (clock_id, reason, previous_due, new_due, moved_at, moved_by)
					values (?, ?, ?, ?, ?, ?)""")
				.params(id, reason, clock.dueOn(), due.on(), at, actor)
				.update();
		}
		return changed;
	}

	private @Nullable DivisionCode placeOf(long caseId) {
		return jdbc.sql("select place_code from penalty_case where id = ?").param(caseId).query(String.class).optional()
			.map(Clocks::place)
			.orElse(null);
	}

	private static @Nullable DivisionCode place(@Nullable String code) {
		return code == null ? null : DivisionCode.of(code);
	}

	private OffsetDateTime startedAt(long id) {
		return jdbc.sql("select started_at from case_clock where id = ?").param(id).query(OffsetDateTime.class).single();
	}

	private Due due(ClockUnit unit, LocalDate on, @Nullable OffsetDateTime at, int units) {
		return switch (unit) {
			case WORKING_DAYS -> Due.of(calendar.workingDaysAfter(on, units));
			case DAYS -> Due.of(calendar.daysAfter(on, units));
			case MONTHS -> Due.of(calendar.monthsAfter(on, units));
			case HOURS -> {
				OffsetDateTime dueAt = (at == null ? on.atStartOfDay(ChinaTime.ZONE).toOffsetDateTime() : at).plusHours(units);
				yield new Due(ChinaTime.local(dueAt).toLocalDate(), dueAt, false);
			}
		};
	}

	private CaseClock require(long id) {
		return jdbc.sql("select * from case_clock where id = ?").param(id).query(this::clock).single();
	}

	private static CaseClock withMoves(CaseClock c, List<Move> moves) {
		return new CaseClock(c.id(), c.caseId(), c.kind(), c.unit(), c.startedOn(), c.lengthUnits(), c.extendedUnits(),
				c.pausedUnits(), c.pausedSince(), c.dueOn(), c.dueAt(), c.provisional(), c.state(), c.endedOn(), moves);
	}

	private CaseClock clock(ResultSet rs, int row) throws SQLException {
		OffsetDateTime dueAt = rs.getObject("due_at", OffsetDateTime.class);
		return new CaseClock(rs.getLong("id"), rs.getLong("case_id"), ClockKind.valueOf(rs.getString("kind")),
				ClockUnit.valueOf(rs.getString("unit")), rs.getObject("started_on", LocalDate.class),
				rs.getInt("length_units"), rs.getInt("extended_units"), rs.getInt("paused_units"),
				rs.getObject("paused_since", LocalDate.class), rs.getObject("due_on", LocalDate.class),
				dueAt == null ? null : ChinaTime.local(dueAt), rs.getBoolean("provisional"),
				State.valueOf(rs.getString("state")), rs.getObject("ended_on", LocalDate.class), List.of());
	}

	private record Due(LocalDate on, @Nullable OffsetDateTime at, boolean provisional) {

		public static Due of(Deadline deadline) {
			return new Due(deadline.date(), null, deadline.provisional());
		}
	}
}
