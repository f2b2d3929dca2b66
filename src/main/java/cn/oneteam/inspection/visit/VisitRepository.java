package cn.oneteam.inspection.visit;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import cn.oneteam.subject.quiet.InspectionTrigger;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The visits, their parts and the uses of their codes (docs/adr/0027-visits-and-codes.md). */
@Repository
class VisitRepository {

	private final JdbcClient jdbc;

	VisitRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insertVisit(PlannedPart first, VisitKind kind, long leadDepartmentId, List<Long> departmentIds,
			LocalDate windowFrom, LocalDate windowUntil, boolean onSite, String code, List<String> inspectors,
			@Nullable String reason, long by, OffsetDateTime at) {
		return jdbc.sql("""
				insert into inspection_visit (subject_id, subject_code, division_code, kind, trigger, lead_department_id,
				  department_ids, window_from, window_until, on_site, code, inspectors, state, reason, created_by,
				  created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PLANNED', ?, ?, ?) returning id""")
			.params(first.subjectId(), first.subjectCode(), first.divisionCode(), kind.name(), first.trigger().name(),
					leadDepartmentId, departmentIds.toArray(Long[]::new), windowFrom, windowUntil, onSite, code,
					inspectors.toArray(String[]::new), reason, by, at)
			.query(Long.class)
			.single();
	}

	long insertPart(long visitId, PlannedPart part, OffsetDateTime at) {
		return jdbc.sql("""
				insert into inspection_visit_part (visit_id, task_id, draw_id, department_id, item_ids, window_from,
				  window_until, inspectors, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(visitId, part.taskId(), part.drawId(), part.departmentId(), part.itemIds().toArray(Long[]::new),
					part.windowFrom(), part.windowUntil(), part.inspectors().toArray(String[]::new), at)
			.query(Long.class)
			.single();
	}

	/**
	 * Takes the transaction's advisory lock of each subject, in the order given (sorted by the caller, so two plans never
	 * wait for each other crosswise): a second plan of one of them waits here until the first commits, even when neither
	 * finds a visit to lock (docs/adr/0028-joint-visits.md). Ids beyond an int share a lock with another id: that only
	 * makes more plans wait.
	 */
	void lockSubjects(List<Long> sortedSubjectIds) {
		jdbc.sql("""
				select cast(pg_advisory_xact_lock(?, cast(s % 2147483647 as integer)) as text)
				from unnest(cast(? as bigint[])) as s""")
			.params(Visits.SUBJECT_LOCKS, sortedSubjectIds.toArray(Long[]::new))
			.query(String.class)
			.list();
	}

	/**
	 * The visits still PLANNED of these subjects whose window ends on or after today, as the merge sees them (the tasks
	 * of all their parts, withdrawn ones too), oldest first, locked until the transaction ends
	 * (docs/adr/0028-joint-visits.md).
	 */
	List<JointVisits.Joint> open(List<Long> subjectIds, LocalDate today) {
		return jdbc.sql("""
				select v.*, array(select p.task_id from inspection_visit_part p
				                  where p.visit_id = v.id and p.task_id is not null) as task_ids
				from inspection_visit v where v.subject_id = any(?) and v.state = 'PLANNED' and v.window_until >= ?
				order by v.id for update""")
			.params(subjectIds.toArray(Long[]::new), today)
			.query((rs, n) -> {
				Visit v = visit(rs, n);
				return new JointVisits.Joint(v.id(), v.subjectId(), v.kind(), v.trigger(), v.leadDepartmentId(),
						v.departmentIds(), v.windowFrom(), v.windowUntil(), v.onSite(), v.inspectors(),
						java.util.Set.copyOf(longs(rs.getArray("task_ids"))), List.of());
			})
			.list();
	}

	/** A planned visit joined by further parts: its window, departments, inspectors and on site as the merge made them. */
	void join(long visitId, JointVisits.Joint joint) {
		int updated = jdbc.sql("""
				update inspection_visit set department_ids = ?, window_from = ?, window_until = ?, on_site = ?,
				  inspectors = ? where id = ? and state = 'PLANNED'""")
			.params(joint.departmentIds().toArray(Long[]::new), joint.windowFrom(), joint.windowUntil(), joint.onSite(),
					joint.inspectors().toArray(String[]::new), visitId)
			.update();
		if (updated != 1) {
			throw new IllegalStateException("visit " + visitId + " is no longer planned");
		}
	}

	/** The subjects of the visits still PLANNED holding a part of one of the tasks not withdrawn (no lock). */
	List<Long> subjectsPlannedFor(List<Long> taskIds) {
		return jdbc.sql("""
				select distinct v.subject_id from inspection_visit v join inspection_visit_part p on p.visit_id = v.id
				where p.task_id = any(?) and p.withdrawn_at is null and v.state = 'PLANNED'""")
			.param(taskIds.toArray(Long[]::new))
			.query(Long.class)
			.list();
	}

	/** The visits still PLANNED holding a part of one of the tasks not withdrawn, oldest first, locked. */
	List<Visit> plannedFor(List<Long> taskIds) {
		return jdbc.sql("""
				select * from inspection_visit v where v.state = 'PLANNED' and exists (select 1 from inspection_visit_part p
				  where p.visit_id = v.id and p.task_id = any(?) and p.withdrawn_at is null) order by v.id for update""")
			.param(taskIds.toArray(Long[]::new))
			.query(VisitRepository::visit)
			.list();
	}

	/** A planned visit stops: CANCELLED (its code no longer accepted, counted nowhere). */
	void cancel(long visitId) {
		jdbc.sql("update inspection_visit set state = 'CANCELLED' where id = ? and state = 'PLANNED'")
			.param(visitId)
			.update();
	}

	/** The parts of one of the tasks in the visit are withdrawn (kept, never deleted). */
	void withdrawParts(long visitId, List<Long> taskIds, OffsetDateTime at) {
		jdbc.sql("""
				update inspection_visit_part set withdrawn_at = ?
				where visit_id = ? and task_id = any(?) and withdrawn_at is null""")
			.params(at, visitId, taskIds.toArray(Long[]::new))
			.update();
	}

	/** A planned visit made again from its remaining parts: lead, departments, window and inspectors. */
	void reshape(long visitId, long lead, List<Long> departmentIds, LocalDate from, LocalDate until,
			List<String> inspectors) {
		jdbc.sql("""
				update inspection_visit set lead_department_id = ?, department_ids = ?, window_from = ?, window_until = ?,
				  inspectors = ? where id = ? and state = 'PLANNED'""")
			.params(lead, departmentIds.toArray(Long[]::new), from, until, inspectors.toArray(String[]::new), visitId)
			.update();
	}

	Optional<Visit> find(long id) {
		return jdbc.sql("select * from inspection_visit where id = ?").param(id).query(VisitRepository::visit).optional();
	}

	Optional<Visit> lock(long id) {
		return jdbc.sql("select * from inspection_visit where id = ? for update")
			.param(id)
			.query(VisitRepository::visit)
			.optional();
	}

	Optional<Visit> byCode(String code) {
		return jdbc.sql("select * from inspection_visit where code = ?").param(code).query(VisitRepository::visit).optional();
	}

	/** The visits with a part of the task not withdrawn, by window and id. */
	List<Visit> ofTask(long taskId) {
		return jdbc.sql("""
				select * from inspection_visit v where exists (select 1 from inspection_visit_part p
				  where p.visit_id = v.id and p.task_id = ? and p.withdrawn_at is null) order by v.window_from, v.id""")
			.param(taskId)
			.query(VisitRepository::visit)
			.list();
	}

	List<VisitPart> parts(long visitId) {
		return jdbc.sql("select * from inspection_visit_part where visit_id = ? order by id")
			.param(visitId)
			.query(VisitRepository::part)
			.list();
	}

	boolean codeTaken(String code) {
		return jdbc.sql("select exists (select 1 from inspection_visit where code = ?)").param(code).query(Boolean.class).single();
	}

	void recordCodeUse(long visitId, String code, long accountId, OffsetDateTime at, @Nullable String refusal) {
		jdbc.sql("""
				insert into inspection_code_use (visit_id, code, account_id, used_at, accepted, refusal)
				values (?, ?, ?, ?, ?, ?)""")
			.params(visitId, code, accountId, at, refusal == null, refusal)
			.update();
	}

	static Visit visit(ResultSet rs, int n) throws SQLException {
		long recordedBy = rs.getLong("recorded_by");
		Long recorder = rs.wasNull() ? null : recordedBy;
		boolean withCode = rs.getBoolean("with_code");
		Boolean coded = rs.wasNull() ? null : withCode;
		long caseId = rs.getLong("case_id");
		Long kase = rs.wasNull() ? null : caseId;
		String outcome = rs.getString("outcome");
		return new Visit(rs.getLong("id"), rs.getLong("subject_id"), rs.getString("subject_code"),
				rs.getString("division_code"), VisitKind.valueOf(rs.getString("kind")),
				InspectionTrigger.valueOf(rs.getString("trigger")), rs.getLong("lead_department_id"),
				longs(rs.getArray("department_ids")), rs.getObject("window_from", LocalDate.class),
				rs.getObject("window_until", LocalDate.class), rs.getBoolean("on_site"), rs.getString("code"),
				strings(rs.getArray("inspectors")), VisitState.valueOf(rs.getString("state")), rs.getString("reason"),
				rs.getLong("created_by"), rs.getObject("created_at", OffsetDateTime.class), recorder,
				rs.getObject("recorded_at", OffsetDateTime.class), coded, rs.getObject("inspected_on", LocalDate.class),
				outcome == null ? null : VisitOutcome.valueOf(outcome), kase,
				rs.getObject("publish_due", LocalDate.class), rs.getObject("published_at", OffsetDateTime.class));
	}

	static VisitPart part(ResultSet rs, int n) throws SQLException {
		long taskId = rs.getLong("task_id");
		Long task = rs.wasNull() ? null : taskId;
		long drawId = rs.getLong("draw_id");
		Long draw = rs.wasNull() ? null : drawId;
		return new VisitPart(rs.getLong("id"), rs.getLong("visit_id"), task, draw, rs.getLong("department_id"),
				longs(rs.getArray("item_ids")), rs.getObject("window_from", LocalDate.class),
				rs.getObject("window_until", LocalDate.class), strings(rs.getArray("inspectors")),
				rs.getObject("created_at", OffsetDateTime.class), rs.getObject("withdrawn_at", OffsetDateTime.class));
	}

	private static List<Long> longs(Array array) throws SQLException {
		return Arrays.stream((Long[]) array.getArray()).toList();
	}

	private static List<String> strings(Array array) throws SQLException {
		return Arrays.asList((String[]) array.getArray());
	}
}
