package cn.oneteam.inspection.targeted;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import cn.oneteam.inspection.SubjectCodes;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.subject.quiet.InspectionTrigger;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The targeted inspections asked for (docs/adr/0028-joint-visits.md): inserted, decided once, never deleted. */
@Repository
class TargetedRepository {

	private final JdbcClient jdbc;

	TargetedRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(TargetedInspections.Input input, String subjectCode, String divisionCode, boolean onSite, long by,
			OffsetDateTime at) {
		return jdbc.sql("""
				insert into inspection_targeted (subject_id, subject_code, division_code, department_id, item_ids, trigger,
				  reason, window_from, window_until, on_site, inspectors, state, requested_by, requested_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'REQUESTED', ?, ?) returning id""")
			.params(input.subjectId(), subjectCode, divisionCode, input.departmentId(),
					input.itemIds().stream().distinct().toArray(Long[]::new), input.trigger().name(), input.reason().strip(),
					input.windowFrom(), input.windowUntil(), onSite,
					input.inspectors().stream().map(String::strip).distinct().toArray(String[]::new), by, at)
			.query(Long.class)
			.single();
	}

	Optional<TargetedInspection> find(long id) {
		return jdbc.sql("select * from inspection_targeted where id = ?").param(id).query(TargetedRepository::row)
			.optional();
	}

	/** The subject's whole code, for planning the visit (never shown). */
	String subjectCode(long id) {
		return jdbc.sql("select subject_code from inspection_targeted where id = ?").param(id).query(String.class)
			.single();
	}

	/** Decides a request still REQUESTED; false when it was decided meanwhile. */
	boolean decide(long id, TargetedState state, @Nullable Long visitId, @Nullable String note, long by,
			OffsetDateTime at) {
		return jdbc.sql("""
				update inspection_targeted set state = ?, visit_id = ?, decision_note = ?, decided_by = ?, decided_at = ?
				where id = ? and state = 'REQUESTED'""")
			.params(state.name(), visitId, note, by, at, id)
			.update() == 1;
	}

	/** The requests of subjects in the caller's jurisdiction or of the caller's body, newest first, at most 500. */
	List<TargetedInspection> visible(@Nullable TargetedState state, ScopedPrincipal caller) {
		return jdbc.sql("""
				select * from inspection_targeted
				where (:nationwide or division_code like any (:codes) or department_id = :org)
				  and (cast(:state as text) is null or state = :state)
				order by requested_at desc, id desc limit 500""")
			.param("nationwide", caller.jurisdiction().isNationwide())
			.param("codes", caller.jurisdiction().codes().stream().map(c -> c + "%").toArray(String[]::new))
			.param("org", caller.organizationId())
			.param("state", state == null ? null : state.name())
			.query(TargetedRepository::row)
			.list();
	}

	private static TargetedInspection row(ResultSet rs, int n) throws SQLException {
		long decidedBy = rs.getLong("decided_by");
		Long decider = rs.wasNull() ? null : decidedBy;
		long visitId = rs.getLong("visit_id");
		Long visit = rs.wasNull() ? null : visitId;
		return new TargetedInspection(rs.getLong("id"), rs.getLong("subject_id"),
				SubjectCodes.shown(rs.getString("subject_code")), rs.getString("division_code"),
				rs.getLong("department_id"), Arrays.stream((Long[]) rs.getArray("item_ids").getArray()).toList(),
				InspectionTrigger.valueOf(rs.getString("trigger")), rs.getString("reason"),
				rs.getObject("window_from", LocalDate.class), rs.getObject("window_until", LocalDate.class),
				rs.getBoolean("on_site"), Arrays.asList((String[]) rs.getArray("inspectors").getArray()),
				TargetedState.valueOf(rs.getString("state")), rs.getLong("requested_by"),
				rs.getObject("requested_at", OffsetDateTime.class), decider,
				rs.getObject("decided_at", OffsetDateTime.class), rs.getString("decision_note"), visit);
	}
}
