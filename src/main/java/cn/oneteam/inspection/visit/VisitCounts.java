package cn.oneteam.inspection.visit;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.oneteam.subject.quiet.InspectionTrigger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many inspections a subject has had in a year by a department (docs/adr/0031-inspection-burden.md): its visits not
 * CANCELLED whose departments include that department, dated by the day inspected or, until recorded, the first day of
 * the window. A joint visit counts once for each department taking part. The triggers a cap exempts are left out of
 * the count the cap is compared with (docs/adr/0024-quiet-periods-and-caps.md: exempt triggers are not counted).
 */
@Component
public class VisitCounts {

	/** The day a visit counts on: inspected, else the window's first day. */
	public static final String DAY = "coalesce(inspected_on, window_from)";

	private final JdbcClient jdbc;

	VisitCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The count for each of the subjects (absent ones made none), in one query. */
	@Transactional(readOnly = true)
	public Map<Long, Integer> made(Collection<Long> subjectIds, long departmentId, int year,
			Set<InspectionTrigger> notCounted) {
		Map<Long, Integer> made = new HashMap<>();
		if (subjectIds.isEmpty()) {
			return made;
		}
		jdbc.sql("select subject_id, count(*) as made from inspection_visit where subject_id = any(:subjects)"
				+ " and :department = any(department_ids) and state <> 'CANCELLED'"
				+ " and " + DAY + " between make_date(:year, 1, 1) and make_date(:year, 12, 31)"
				+ " and not (trigger = any(:exempt)) group by subject_id")
			.param("subjects", subjectIds.stream().distinct().toArray(Long[]::new))
			.param("department", departmentId)
			.param("year", year)
			.param("exempt", notCounted.stream().map(Enum::name).toArray(String[]::new))
			.query(rs -> {
				made.put(rs.getLong("subject_id"), rs.getInt("made"));
			});
		return made;
	}

	/** The count for one subject. */
	@Transactional(readOnly = true)
	public int made(long subjectId, long departmentId, int year, Set<InspectionTrigger> notCounted) {
		return made(List.of(subjectId), departmentId, year, notCounted).getOrDefault(subjectId, 0);
	}
}
