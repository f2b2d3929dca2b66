package cn.oneteam.casehandling.measures;

import cn.oneteam.casehandling.CaseMeasures;
import cn.oneteam.casehandling.CaseStage;
import cn.oneteam.casehandling.MeasureInputs;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import cn.oneteam.calendar.Deadline;
import cn.oneteam.calendar.WorkingDayCalendar;
import cn.oneteam.casehandling.CaseMeasures.Measure;
import cn.oneteam.casehandling.CaseMeasures.MeasureKind;
import cn.oneteam.casehandling.CaseMeasures.Pause;
import cn.oneteam.casehandling.CaseMeasures.PauseKind;
import cn.oneteam.casehandling.CaseMeasures.Remedy;
import cn.oneteam.casehandling.CaseMeasures.State;
import cn.oneteam.casehandling.CaseMeasures.Transfer;
import cn.oneteam.casehandling.MeasureInputs.RemedyKind;
import cn.oneteam.casehandling.MeasureInputs.TransferKind;
import cn.oneteam.shared.ChinaTime;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * 措施登记: the preservations and seizures of a case with their clocks, the spans of testing and suspension, and the
 * transfers, as the steps record them; a measure's state follows its clock, so a preservation the scan let lapse
 * (市监 §35) is no longer in force, and ended on the day its clock lapsed.
 */
@Repository
public class Measures {

	private final JdbcClient jdbc;

	private final WorkingDayCalendar calendar;

	Measures(JdbcClient jdbc, WorkingDayCalendar calendar) {
		this.jdbc = jdbc;
		this.calendar = calendar;
	}

	long hold(long caseId, MeasureKind kind, List<String> items, String reason, LocalDate on, long clockId,
			List<String> certificates, @Nullable String witness) {
		return jdbc.sql("""
				insert into case_measure (case_id, kind, items, reason, started_on, clock_id, certificates, witness)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(caseId, kind.name(), items.stream().map(String::trim).toArray(String[]::new), reason.trim(), on,
					clockId, certificates.toArray(String[]::new), witness)
			.query(Long.class)
			.single();
	}

	/** Every preservation and seizure of the case, oldest first. */
	List<Measure> measures(long caseId) {
		return jdbc.sql("""
				select m.*, k.due_on, k.extended_units,
				  case when m.ended_on is not null then 'ENDED' when k.state = 'LAPSED' then 'LAPSED'
				    when k.state in ('RUNNING', 'PAUSED') then 'IN_FORCE' else 'ENDED' end as measure_state,
				  coalesce(m.ended_on, case when k.state = 'LAPSED' then k.ended_on end) as measure_ended_on
				from case_measure m join case_clock k on k.id = m.clock_id where m.case_id = ? order by m.id""")
			.param(caseId)
			.query(this::measure)
			.list();
	}

	/** The case's measure with that id, if it is of one of the kinds and still in force. */
	Optional<Measure> inForce(long caseId, long id, List<MeasureKind> kinds) {
		return measures(caseId).stream()
			.filter(m -> m.id() == id && kinds.contains(m.kind()) && m.state() == State.IN_FORCE)
			.findFirst();
	}

	public boolean anyInForce(long caseId) {
		return measures(caseId).stream().anyMatch(m -> m.state() == State.IN_FORCE);
	}

	void extended(long id, LocalDate notifiedOn, String reason) {
		jdbc.sql("update case_measure set extension_notified_on = ?, extension_reason = ? where id = ?")
			.params(notifiedOn, reason.trim(), id)
			.update();
	}

	void end(long id, LocalDate on, String outcome, String note) {
		jdbc.sql("update case_measure set ended_on = ?, outcome = ?, note = ? where id = ?")
			.params(on, outcome, note.trim(), id)
			.update();
	}

	/** Ends every measure still in force, as when the case goes with its items to the receiver (强制法 §21). */
	void endAllInForce(long caseId, LocalDate on, String outcome, String note) {
		measures(caseId).stream().filter(m -> m.state() == State.IN_FORCE).forEach(m -> end(m.id(), on, outcome, note));
	}

	public long pause(long caseId, PauseKind kind, String ground, String detail, @Nullable Long measure, LocalDate on,
			@Nullable LocalDate expectedEndOn, @Nullable LocalDate partyNotifiedOn) {
		return jdbc.sql("""
				insert into case_pause (case_id, kind, ground, detail, measure_id, started_on, expected_end_on,
				  party_notified_on) values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(caseId, kind.name(), ground, detail.trim(), measure, on, expectedEndOn, partyNotifiedOn)
			.query(Long.class)
			.single();
	}

	public Optional<Pause> openPause(long caseId, PauseKind kind) {
		return pauses(caseId).stream().filter(p -> p.kind() == kind && p.endedOn() == null).findFirst();
	}

	public void endPause(long id, LocalDate on, String result) {
		jdbc.sql("update case_pause set ended_on = ?, result = ? where id = ?").params(on, result.trim(), id).update();
	}

	/** Ends every open testing and suspension (the case ends early). */
	public void endOpenPauses(long caseId, LocalDate on, String result) {
		pauses(caseId).stream().filter(p -> p.endedOn() == null).forEach(p -> endPause(p.id(), on, result));
	}

	long transfer(long caseId, MeasureInputs.Transfer t, CaseStage from, List<String> certificates,
			OffsetDateTime approvedAt, boolean approvalOverdue) {
		return jdbc.sql("""
				insert into case_transfer (case_id, kind, receiver, reason, reported_on, from_stage, certificates,
				  approved_at, approval_overdue, receiver_org_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(caseId, t.kind().name(), t.receiver().trim(), t.reason().trim(), t.reportedOn(), from.name(),
					certificates.toArray(String[]::new), approvedAt, approvalOverdue, t.receiverOrganization())
			.query(Long.class)
			.single();
	}

	/** The transfer of the case still waiting for its answer. */
	Optional<Transfer> openTransfer(long caseId) {
		return transfers(caseId).stream().filter(t -> t.answeredOn() == null).findFirst();
	}

	void sent(long id, OffsetDateTime at, @Nullable BigDecimal finePaid) {
		jdbc.sql("update case_transfer set sent_at = ?, fine_paid = ? where id = ?").params(at, finePaid, id).update();
	}

	void answered(long id, MeasureInputs.TransferAnswer a, @Nullable Deadline reconsiderationDue) {
		jdbc.sql("""
				update case_transfer set answered_on = ?, accepted = ?, answer_note = ?, reconsideration_on = ?,
				  reconsideration_due = ?, reconsideration_due_provisional = ?
				where id = ?""")
			.params(a.answeredOn(), a.accepted(), a.note().trim(), a.reconsiderationOn(),
					reconsiderationDue == null ? null : reconsiderationDue.date(),
					reconsiderationDue != null && reconsiderationDue.provisional(), id)
			.update();
	}

	/**
	 * Counts again, once a year is loaded, the provisional last days to request reconsideration of a judicial refusal
	 * (国务院令第310号 §9), each transfer row locked in id order; returns the cases whose day moved or stopped being
	 * provisional.
	 */
	public Set<Long> recountReconsiderationDues() {
		record Due(long id, long caseId, LocalDate answeredOn, LocalDate due) {
		}
		List<Due> provisional = jdbc.sql("""
				select * from case_transfer where reconsideration_due_provisional order by id for update""")
			.query((rs, n) -> new Due(rs.getLong("id"), rs.getLong("case_id"), date(rs, "answered_on"),
					date(rs, "reconsideration_due")))
			.list();
		Set<Long> changed = new TreeSet<>();
		for (Due d : provisional) {
			Deadline due = reconsiderationDue(d.answeredOn());
			if (!due.provisional() || !due.date().equals(d.due())) {
				jdbc.sql("""
						update case_transfer set reconsideration_due = ?, reconsideration_due_provisional = ? where id = ?""")
					.params(due.date(), due.provisional(), d.id())
					.update();
				changed.add(d.caseId());
			}
		}
		return changed;
	}

	/** 提请复议 within 3 days of the notice not to file, 国务院令第310号 §9 (docs/legal/procedure.md#crime-transfer). */
	Deadline reconsiderationDue(LocalDate answeredOn) {
		return calendar.daysAfter(answeredOn, TransferSteps.RECONSIDERATION_REQUEST_DAYS);
	}

	/** Everything the case holds and held, its pauses, transfers and remedy periods. */
	CaseMeasures overview(long caseId) {
		List<Remedy> remedies = jdbc.sql("select * from case_remedy where case_id = ? order by from_on, id")
			.param(caseId)
			.query((rs, n) -> new Remedy(rs.getLong("id"), RemedyKind.valueOf(rs.getString("kind")),
					rs.getObject("from_on", LocalDate.class), rs.getObject("to_on", LocalDate.class)))
			.list();
		return new CaseMeasures(measures(caseId), pauses(caseId), transfers(caseId), remedies);
	}

	private List<Pause> pauses(long caseId) {
		return jdbc.sql("select * from case_pause where case_id = ? order by id")
			.param(caseId)
			.query((rs, n) -> {
				long measure = rs.getLong("measure_id");
				return new Pause(rs.getLong("id"), PauseKind.valueOf(rs.getString("kind")), rs.getString("ground"),
						rs.getString("detail"), rs.wasNull() ? null : measure, date(rs, "started_on"),
						date(rs, "expected_end_on"), date(rs, "party_notified_on"), date(rs, "ended_on"),
						rs.getString("result"));
			})
			.list();
	}

	private List<Transfer> transfers(long caseId) {
		return jdbc.sql("select * from case_transfer where case_id = ? order by id")
			.param(caseId)
			.query((rs, n) -> {
				boolean accepted = rs.getBoolean("accepted");
				Boolean answer = rs.wasNull() ? null : accepted;
				return new Transfer(rs.getLong("id"), TransferKind.valueOf(rs.getString("kind")), rs.getString("receiver"),
						rs.getString("reason"), date(rs, "reported_on"), CaseStage.valueOf(rs.getString("from_stage")),
						texts(rs, "certificates"), time(rs, "approved_at"), rs.getBoolean("approval_overdue"),
						time(rs, "sent_at"), rs.getBigDecimal("fine_paid"), date(rs, "answered_on"), answer,
						rs.getString("answer_note"), date(rs, "reconsideration_on"),
						rs.getObject("receiver_org_id", Long.class), date(rs, "reconsideration_due"),
						rs.getBoolean("reconsideration_due_provisional"));
			})
			.list();
	}

	private Measure measure(ResultSet rs, int row) throws SQLException {
		return new Measure(rs.getLong("id"), MeasureKind.valueOf(rs.getString("kind")), texts(rs, "items"),
				rs.getString("reason"), date(rs, "started_on"), rs.getLong("clock_id"), texts(rs, "certificates"),
				rs.getString("witness"), date(rs, "due_on"), rs.getInt("extended_units"),
				date(rs, "extension_notified_on"), State.valueOf(rs.getString("measure_state")), date(rs, "measure_ended_on"),
				rs.getString("outcome"), rs.getString("note"));
	}

	private static List<String> texts(ResultSet rs, String column) throws SQLException {
		return Arrays.asList((String[]) rs.getArray(column).getArray());
	}

	private static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

	private static @Nullable OffsetDateTime time(ResultSet rs, String column) throws SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return at == null ? null : ChinaTime.local(at);
	}
}
