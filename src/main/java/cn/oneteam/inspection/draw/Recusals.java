package cn.oneteam.inspection.draw;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.oneteam.casehandling.Cases;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may not inspect a drawn subject (docs/adr/0032-inspectors-library-and-recusal.md), each source asked per draw:
 * the declared conflicts still open; the officers of the subject's last case (case handling answers); the inspectors of
 * its last recorded or published visit.
 */
@Component
class Recusals {

	static final String DECLARED = "declared-conflict";

	static final String LAST_CASE = "last-case";

	static final String LAST_INSPECTION = "last-inspection";

	private final DrawConflictRepository conflicts;

	private final Cases cases;

	private final JdbcClient jdbc;

	Recusals(DrawConflictRepository conflicts, Cases cases, JdbcClient jdbc) {
		this.conflicts = conflicts;
		this.cases = cases;
		this.jdbc = jdbc;
	}

	List<DrawRequest.Recusal> declared(boolean asked) {
		return asked ? conflicts.open() : List.of();
	}

	/** The recusals of the drawn subjects (real code → register id) by their last case and last inspection, as asked. */
	Draws.LaterRecusals later(Map<String, Long> ids, boolean lastCase, boolean lastInspection) {
		if (!lastCase && !lastInspection) {
			return drawn -> List.of();
		}
		return drawn -> {
			Map<Long, String> codes = new LinkedHashMap<>();
			drawn.forEach(code -> {
				Long id = ids.get(code);
				if (id != null) {
					codes.put(id, code);
				}
			});
			List<DrawRequest.Recusal> recusals = new ArrayList<>();
			if (lastCase) {
				cases.lastCaseOfficers(codes.keySet()).forEach((id, certificates) -> certificates
					.forEach(c -> recusals.add(new DrawRequest.Recusal(c, codes.get(id), LAST_CASE))));
			}
			if (lastInspection) {
				lastInspectors(codes.keySet()).forEach((id, certificates) -> certificates
					.forEach(c -> recusals.add(new DrawRequest.Recusal(c, codes.get(id), LAST_INSPECTION))));
			}
			return recusals;
		};
	}

	/**
	 * The inspectors of each subject's last inspection: its latest visit recorded or published (by the day inspected,
	 * then when recorded); planned and cancelled visits are no inspection.
	 */
	Map<Long, List<String>> lastInspectors(Collection<Long> subjectIds) {
		Map<Long, List<String>> inspectors = new LinkedHashMap<>();
		if (subjectIds.isEmpty()) {
			return inspectors;
		}
		jdbc.sql("""
				select distinct on (subject_id) subject_id, inspectors from inspection_visit
				where subject_id = any (?) and state in ('RECORDED', 'PUBLISHED')
				order by subject_id, inspected_on desc, recorded_at desc, id desc""")
			.param(subjectIds.toArray(Long[]::new))
			.query((rs, i) -> inspectors.put(rs.getLong(1), List.of((String[]) rs.getArray(2).getArray())))
			.list();
		return inspectors;
	}
}
