package cn.oneteam.casehandling;

import cn.oneteam.casehandling.execution.ExecutionSteps;
import cn.oneteam.casehandling.execution.PaymentReference;
import cn.oneteam.casehandling.execution.PaymentSchedule;
import cn.oneteam.casehandling.execution.Surcharge;
import cn.oneteam.casehandling.file.CaseFile;
import cn.oneteam.casehandling.file.CaseFiles;
import cn.oneteam.casehandling.measures.Measures;
import cn.oneteam.casehandling.procedure.CaseAccess;
import cn.oneteam.casehandling.procedure.Clocks;
import java.time.Clock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import cn.oneteam.calendar.CalendarYearLoaded;
import cn.oneteam.calendar.WorkingDayCalendar;
import cn.oneteam.platform.ScheduledScans;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.shared.Money;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 待办与预警: the worklist of open cases by nearest due date, and the scheduled scan that raises "due soon" and
 * "overdue" alerts and lets the periods that end on their own lapse. The scan runs under its lock in
 * {@link ScheduledScans}, and alerts are unique per clock, kind and due date, so several instances never raise one twice.
 */
@Service
public class CaseWork {

	private static final Logger log = LoggerFactory.getLogger(CaseWork.class);

	/** The scan's advisory lock key (docs/adr/0017-scheduled-scans.md). */
	private static final long SCAN_LOCK = 7_100_002L;

	/** How far from today a surcharge may be asked for, in years: a sanity bound, not a rule of law. */
	static final int SURCHARGE_YEARS = 10;

	private final JdbcClient jdbc;

	private final WorkingDayCalendar calendar;

	private final CaseFiles files;

	private final PaymentSchedule schedule;

	private final CaseProcedure procedure;

	private final Clocks clocks;

	private final Cases cases;

	private final Clock clock;

	private final int dueSoonWorkingDays;

	private final CaseAccess access;

	private final ExecutionSteps execution;

	private final Measures measures;

	private final ScheduledScans.Scan scan;

	CaseWork(JdbcClient jdbc, WorkingDayCalendar calendar, CaseFiles files, PaymentSchedule schedule,
			CaseProcedure procedure, Clocks clocks, Cases cases, Clock clock, CaseAccess access,
			ExecutionSteps execution, Measures measures, @Value("${oneteam.case.alert.due-soon-working-days:3}") int dueSoonWorkingDays,
			ScheduledScans scans) {
		this.scan = scans.declare("case-clocks", SCAN_LOCK);
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.files = files;
		this.schedule = schedule;
		this.procedure = procedure;
		this.clocks = clocks;
		this.cases = cases;
		this.clock = clock;
		this.dueSoonWorkingDays = dueSoonWorkingDays;
		this.access = access;
		this.execution = execution;
		this.measures = measures;
	}

	@Transactional(readOnly = true)
	public List<WorkItem> worklist(ScopedPrincipal caller) {
		access.transferredToOnly(); // a caller who reads no case has no worklist
		JurisdictionScope scope = caller.jurisdiction();
		LocalDate today = LocalDate.now(clock);
		// the 500 nearest found from the indexes alone, the cases' rows read for those only (V0147, V0148;
		// docs/adr/0058-searching-a-province.md)
		return jdbc.sql("""
				select c.id, c.stage, c.matter_code, c.party_name, c.place_code, w.kind, w.due_on, w.provisional,
				  exists (select 1 from approval_request r where r.case_id = c.id and r.state = 'PENDING') as awaiting,
				  (select count(*) from case_alert a left join case_clock ak on ak.id = a.clock_id
				    where a.case_id = c.id and (ak.state = 'RUNNING' or a.enforcement_id is not null)) as alerts
				from (select o.id, k.kind, k.due_on, k.provisional from penalty_case o
				  left join lateral (select kind, due_on, provisional from case_clock
				    where case_id = o.id and state = 'RUNNING' order by due_on limit 1) k on true
				  where o.procedure = 'GENERAL' and o.stage <> 'CLOSED' and o.acting_org_id = :org
				    and (:nationwide or exists (select 1 from unnest(cast(:codes as varchar[])) s(code)
				      where o.place_code like s.code || '%'))
				  order by k.due_on nulls last, o.id limit 500) w
				join penalty_case c on c.id = w.id
				order by w.due_on nulls last, w.id""")
			.param("org", caller.organizationId())
			.param("nationwide", scope.isNationwide())
			.param("codes", scope.codes().toArray(String[]::new))
			.query((rs, n) -> {
				LocalDate due = rs.getObject("due_on", LocalDate.class);
				String kind = rs.getString("kind");
				return new WorkItem(rs.getLong("id"), CaseStage.valueOf(rs.getString("stage")), rs.getString("matter_code"),
						rs.getString("party_name"), rs.getString("place_code"),
						kind == null ? null : ClockKind.valueOf(kind), due, rs.getBoolean("provisional"),
						due != null && due.isBefore(today), rs.getBoolean("awaiting"), rs.getLong("alerts"));
			})
			.list();
	}

	@Transactional(readOnly = true)
	public List<CaseAlert> alerts(ScopedPrincipal caller) {
		Long transferredTo = access.transferredToOnly();
		JurisdictionScope scope = caller.jurisdiction();
		return jdbc.sql("""
				select a.*, c.party_name, c.stage, k.kind as clock_kind from case_alert a
				join penalty_case c on c.id = a.case_id left join case_clock k on k.id = a.clock_id
				where ((k.state = 'RUNNING' and k.due_on = a.due_on) or a.enforcement_id is not null)
				  and (:nationwide or exists (select 1 from unnest(cast(:codes as varchar[])) s(code)
				    where c.place_code like s.code || '%')) and """ + CaseAccess.condition("c") + """
				 order by a.kind desc, a.due_on, a.id limit 500""")
			.param("nationwide", scope.isNationwide())
			.param("transferredTo", transferredTo)
			.param("codes", scope.codes().toArray(String[]::new))
			.query((rs, n) -> new CaseAlert(rs.getLong("id"), rs.getLong("case_id"), rs.getString("party_name"),
					CaseStage.valueOf(rs.getString("stage")),
					rs.getString("clock_kind") == null ? null : ClockKind.valueOf(rs.getString("clock_kind")),
					CaseAlert.Kind.valueOf(rs.getString("kind")), rs.getObject("due_on", LocalDate.class),
					ChinaTime.local(rs.getObject("raised_at", OffsetDateTime.class))))
			.list();
	}

	@Transactional(readOnly = true)
	public Surcharge.Statement surcharge(long caseId, LocalDate on, ScopedPrincipal caller) {
		LocalDate today = LocalDate.now(clock);
		if (on.isBefore(today.minusYears(SURCHARGE_YEARS)) || on.isAfter(today.plusYears(SURCHARGE_YEARS))) {
			throw new CaseViolation(CaseViolation.BAD_REQUEST, "case.date-out-of-range", List.of(), on, SURCHARGE_YEARS);
		}
		return schedule.surcharge(files.find(caseId, caller.jurisdiction()), on);
	}

	/**
	 * What a payment platform or bank asks under a payment reference (罚缴分离, 处罚法 §67): the decision, the principal
	 * still owed, the surcharge owed on the day and the total, for a case in the caller's jurisdiction. Asked by a
	 * payment platform ({@code payment:lookup}) or by a case reader; nobody else (docs/adr/0009-who-may-do-what.md).
	 * The answer names no party: no name, address, identity number or facts, only what the bank needs to collect.
	 */
	@Transactional(readOnly = true)
	public PaymentDue paymentDue(String reference, ScopedPrincipal caller) {
		boolean platform = access.looksUpPayments();
		if (!PaymentReference.valid(reference)) {
			throw new CaseViolation(CaseViolation.BAD_REQUEST, "case.payment-reference-invalid", List.of(), reference);
		}
		long id = jdbc.sql("select id from penalty_case where payment_reference = ?").param(reference).query(Long.class)
			.optional()
			.orElseThrow(() -> new CaseViolation(CaseViolation.NOT_FOUND, "case.payment-reference-unknown", List.of(),
					reference));
		CaseFile c = platform ? files.findForPayment(id, caller.jurisdiction()) : files.find(id, caller.jurisdiction());
		LocalDate today = LocalDate.now(clock);
		BigDecimal principal = schedule.unpaid(c);
		BigDecimal surcharge = schedule.surcharge(c, today).amount();
		return new PaymentDue(reference, id, c.decisionNumber, principal, surcharge, principal.add(surcharge), today,
				schedule.nextUnpaid(c).map(PaymentSchedule.Part::dueOn).orElse(null));
	}

	/** The amount owed under a payment reference on a day, and the next due date. */
	public record PaymentDue(String reference, long caseId, @Nullable String decisionNumber, @Money BigDecimal principal,
			@Money BigDecimal surcharge, @Money BigDecimal total, LocalDate on, @Nullable LocalDate nextDueOn) {
	}

	/** Every instance schedules the scan; one at a time runs it, in a transaction of its own. */
	@Scheduled(fixedDelayString = "${oneteam.case.alert.scan-interval:PT10M}", initialDelayString = "PT30S")
	public void scheduledScan() {
		scan.runScheduled(this::raiseAndLapse, result -> {
			if (result.raised() > 0 || result.lapsed() > 0) {
				log.info("Case clock scan: {} alerts raised, {} periods lapsed", result.raised(), result.lapsed());
			}
		});
	}

	/** One scan as of today; returns what it raised. Another instance scanning at the same moment skips. */
	@Transactional
	public Scan scan() {
		return scan.run(this::raiseAndLapse).orElse(new Scan(0, 0));
	}

	private Scan raiseAndLapse() {
		OffsetDateTime now = OffsetDateTime.now(clock);
		LocalDate today = ChinaTime.local(now).toLocalDate();
		LocalDate soon = calendar.workingDaysAfter(today, dueSoonWorkingDays).date();
		// alerts before lapses: the alerts' foreign keys wait for a case an action holds, and the action waits for the
		// record's lock, which the scan takes as soon as it records a lapse — so the scan must not hold it yet
		int raised = jdbc.sql("""
				insert into case_alert (case_id, clock_id, kind, due_on, raised_at)
				select case_id, id, case when due_on < :today then 'OVERDUE' else 'DUE_SOON' end, due_on, :now
				from case_clock where state = 'RUNNING' and due_on <= :soon and kind in (:alerting)
				on conflict (clock_id, kind, due_on) do nothing""")
			.param("alerting", Arrays.stream(ClockKind.values()).filter(ClockKind::alerts).map(Enum::name).toList())
			.param("today", today)
			.param("soon", soon)
			.param("now", now)
			.update();
		return new Scan(raised, lapse(today, now));
	}

	/**
	 * Periods that end on their own: 先行登记保存 not decided within 7 working days lifts (市监 §35); the party's
	 * response and hearing-request periods run out and the rights are deemed waived (市监 §57; 处罚法 §64(1)). Each is
	 * recorded by the system.
	 */
	private int lapse(LocalDate today, OffsetDateTime now) {
		String[] lapsing = Arrays.stream(ClockKind.values()).filter(ClockKind::lapses).map(Enum::name)
			.toArray(String[]::new);
		List<Map<String, Object>> due = jdbc.sql("""
				update case_clock set state = 'LAPSED', ended_on = due_on
				where kind = any(?) and state = 'RUNNING' and due_on < ? returning id, case_id, kind, due_on""")
			.params(lapsing, today)
			.query()
			.listOfRows();
		for (Map<String, Object> row : due) {
			ClockKind kind = ClockKind.valueOf((String) row.get("kind"));
			String action = kind == ClockKind.EVIDENCE_PRESERVATION ? "preservation-lapsed" : "period-lapsed";
			procedure.recordBySystem((Long) row.get("case_id"), action,
					Map.of("clock", row.get("id"), "kind", kind.name(), "dueOn", String.valueOf(row.get("due_on"))), now);
		}
		return due.size();
	}

	/**
	 * A year's schedule loaded or replaced: open periods are recomputed, so are the provisional deadlines of on-the-spot
	 * decisions, and each case whose dates moved is recorded.
	 */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	public void on(CalendarYearLoaded loaded) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		for (long caseId : clocks.recomputeForYear(loaded.year(), now)) {
			procedure.recordBySystem(caseId, Cases.CALENDAR_MOVED, Map.of("year", loaded.year()), now);
		}
		cases.recordCalendarMoves(clocks.recountOnTheSpot(), now);
		for (long caseId : measures.recountReconsiderationDues()) {
			procedure.recordBySystem(caseId, Cases.CALENDAR_MOVED, Map.of("year", loaded.year()), now);
		}
		// an enforcement scheduled on a provisional day that is a statutory holiday (强制法 §43) is raised, not moved
		for (ExecutionSteps.OnRestDay e : execution.recheckProvisionalDays(loaded.year())) {
			jdbc.sql("""
					insert into case_alert (case_id, enforcement_id, kind, due_on, raised_at)
					values (?, ?, 'ENFORCEMENT_ON_REST_DAY', ?, ?) on conflict do nothing""")
				.params(e.caseId(), e.enforcementId(), e.day(), now)
				.update();
			procedure.recordBySystem(e.caseId(), ENFORCEMENT_ON_REST_DAY, Map.of("enforcement", e.enforcementId(),
					"day", e.day().toString(), "holiday", e.holiday(), "year", loaded.year()), now);
		}
	}

	/** The record's action when a provisionally scheduled enforcement turns out to fall on a statutory holiday. */
	static final String ENFORCEMENT_ON_REST_DAY = "enforcement-on-rest-day";

	/** What one scan did. */
	public record Scan(int raised, int lapsed) {
	}
}
