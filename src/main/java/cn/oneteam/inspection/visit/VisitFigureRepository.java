package cn.oneteam.inspection.visit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import cn.oneteam.inspection.SubjectCodes;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.subject.quiet.InspectionTrigger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The lists and figures of visits, limited to what the caller sees (docs/adr/0028-joint-visits.md); withdrawn parts
 * (docs/adr/0027-visits-and-codes.md) and cancelled visits count nowhere.
 */
@Repository
class VisitFigureRepository {

	/** The caller's visits in the selection (v: the visit); see {@link Visits#visible}. */
	private static final String SELECTED = """
			v.state <> 'CANCELLED' and v.window_from >= :from and v.window_from < :until
			and (:nationwide or v.division_code like any (:codes) or cast(:org as bigint) = any (v.department_ids))
			and (cast(:division as text) is null or v.division_code like :division || '%')
			and (cast(:task as bigint) is null or exists (select 1 from inspection_visit_part x
			     where x.visit_id = v.id and x.task_id = :task and x.withdrawn_at is null))
			and (cast(:plan as bigint) is null or exists (select 1 from inspection_visit_part x
			     join inspection_task t on t.id = x.task_id where x.visit_id = v.id and t.plan_id = :plan
			     and x.withdrawn_at is null))""";

	private final JdbcClient jdbc;

	VisitFigureRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private JdbcClient.StatementSpec selected(String sql, VisitFigures.Selection selection, ScopedPrincipal caller) {
		return jdbc.sql(sql)
			.param("from", selection.from())
			.param("until", selection.until())
			.param("nationwide", caller.jurisdiction().isNationwide())
			.param("codes", caller.jurisdiction().codes().stream().map(c -> c + "%").toArray(String[]::new))
			.param("org", caller.organizationId())
			.param("division", selection.division())
			.param("task", selection.taskId())
			.param("plan", selection.planId());
	}

	long count(VisitFigures.Selection selection, ScopedPrincipal caller) {
		return selected("select count(*) from inspection_visit v where " + SELECTED, selection, caller)
			.query(Long.class)
			.single();
	}

	List<VisitFigures.Row> rows(VisitFigures.Selection selection, int page, int size, ScopedPrincipal caller) {
		return selected("""
				select v.*, (select count(*) from inspection_visit_part p where p.visit_id = v.id and p.withdrawn_at is null)
				  as parts
				from inspection_visit v where""" + " " + SELECTED + """
				 order by v.window_from, v.id limit :limit offset :offset""", selection, caller)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(VisitFigureRepository::row)
			.list();
	}

	/**
	 * Parts of the selected visits (of the selected task or plan only, when one is named), grouped per department and
	 * in total (the row without a department).
	 */
	VisitFigures.Merging merging(VisitFigures.Selection selection, ScopedPrincipal caller) {
		List<VisitFigures.Department> departments = new ArrayList<>();
		long[] total = new long[3];
		selected("""
				with sel as (
				  select p.visit_id, p.department_id,
				         (select count(*) from inspection_visit_part q where q.visit_id = p.visit_id
				           and q.withdrawn_at is null) as all_parts
				  from inspection_visit_part p join inspection_visit v on v.id = p.visit_id
				  left join inspection_task t on t.id = p.task_id
				  where p.withdrawn_at is null and (cast(:task as bigint) is null or p.task_id = :task)
				    and (cast(:plan as bigint) is null or t.plan_id = :plan) and""" + " " + SELECTED + """
				)
				select department_id, count(*) as parts, count(distinct visit_id) as visits,
				       count(distinct visit_id) filter (where all_parts > 1) as joint
				from sel group by grouping sets ((department_id), ()) order by department_id nulls first""", selection,
				caller)
			.query(rs -> {
				long department = rs.getLong("department_id");
				boolean all = rs.wasNull();
				long parts = rs.getLong("parts");
				long visits = rs.getLong("visits");
				long joint = rs.getLong("joint");
				if (all) {
					total[0] = parts;
					total[1] = visits;
					total[2] = joint;
				}
				else {
					departments.add(new VisitFigures.Department(department, parts, visits, parts - visits, joint));
				}
			});
		return new VisitFigures.Merging(selection.year(), total[0], total[1], total[0] - total[1], total[2], departments);
	}

	private static VisitFigures.Row row(ResultSet rs, int n) throws SQLException {
		return new VisitFigures.Row(rs.getLong("id"), SubjectCodes.shown(rs.getString("subject_code")),
				rs.getString("division_code"), VisitKind.valueOf(rs.getString("kind")),
				InspectionTrigger.valueOf(rs.getString("trigger")), rs.getLong("lead_department_id"),
				Arrays.stream((Long[]) rs.getArray("department_ids").getArray()).toList(),
				rs.getObject("window_from", LocalDate.class), rs.getObject("window_until", LocalDate.class),
				rs.getBoolean("on_site"), rs.getString("code"), VisitState.valueOf(rs.getString("state")),
				rs.getInt("parts"));
	}
}
