package cn.oneteam.inspection.burden;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import cn.oneteam.inspection.visit.VisitCounts;
import cn.oneteam.inspection.visit.VisitKind;
import cn.oneteam.inspection.visit.VisitOutcome;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.subject.quiet.InspectionTrigger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The visits of a year up to a day whose subject lies in a scope, not cancelled, in one query
 * (docs/adr/0031-inspection-burden.md).
 */
@Repository
class BurdenRepository {

	private final JdbcClient jdbc;

	BurdenRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<BurdenRow> visits(int year, LocalDate until, JurisdictionScope scope) {
		return jdbc.sql("select v.id, v.subject_id, v.subject_code, v.department_ids, v.kind, v.trigger, v.outcome, "
				+ VisitCounts.DAY + " as day, (select count(*) from inspection_visit_part p where p.visit_id = v.id"
				+ " and p.withdrawn_at is null) as parts"
				+ " from inspection_visit v where v.state <> 'CANCELLED'"
				+ " and " + VisitCounts.DAY + " between make_date(:year, 1, 1) and least(make_date(:year, 12, 31), :until)"
				+ " and (:nationwide or v.division_code like any (:codes)) order by v.subject_id, day, v.id")
			.param("year", year)
			.param("until", until)
			.param("nationwide", scope.isNationwide())
			.param("codes", scope.codes().stream().map(c -> c + "%").toArray(String[]::new))
			.query(BurdenRepository::row)
			.list();
	}

	private static BurdenRow row(ResultSet rs, int n) throws SQLException {
		String outcome = rs.getString("outcome");
		return new BurdenRow(rs.getLong("id"), rs.getLong("subject_id"), rs.getString("subject_code"),
				Arrays.asList((Long[]) rs.getArray("department_ids").getArray()), VisitKind.valueOf(rs.getString("kind")),
				InspectionTrigger.valueOf(rs.getString("trigger")), outcome == null ? null : VisitOutcome.valueOf(outcome),
				rs.getObject("day", LocalDate.class), rs.getInt("parts"));
	}
}
