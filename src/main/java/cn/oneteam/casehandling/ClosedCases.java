package cn.oneteam.casehandling;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.oneteam.shared.JurisdictionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The closed general-procedure cases another module draws from and reviews (docs/adr/0035-review-campaigns-and-rectification.md):
 * filed cases closed (结案) between two days, placed in a jurisdiction by a body seated in it, each with its acting body, its reference (the
 * decision number, or {@code #id} for a case closed without one) and the enforcement domain of its matter. Nothing of
 * the party is answered.
 */
@Service
public class ClosedCases {

	private final JdbcClient jdbc;

	ClosedCases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A closed case as a review campaign sees it. */
	public record ClosedCase(long caseId, long bodyId, String reference, String matterCode, String domain,
			LocalDate closedOn, String place) {
	}

	private static final String SELECT = """
			select c.id, c.acting_org_id, coalesce(c.decision_number, '#' || c.id) as reference, c.matter_code,
			  coalesce(m.domain, 'UNKNOWN') as domain, c.closed_on, c.place_code
			from penalty_case c left join matter m on m.code = c.matter_code
			  join organization o on o.id = c.acting_org_id
			where c.procedure = 'GENERAL' and c.stage = 'CLOSED' and c.filed_on is not null and c.closed_on is not null
			""";

	/**
	 * The cases closed from {@code from} to {@code to} (both included) in the scope — placed in it, by a body seated in
	 * it (the draw's strata are bodies, and only a body of the scope can be given a rectification) — by body and
	 * reference.
	 */
	@Transactional(readOnly = true)
	public List<ClosedCase> closedBetween(LocalDate from, LocalDate to, JurisdictionScope scope) {
		return jdbc.sql(SELECT + """
				  and c.closed_on between :from and :to
				  and (:nationwide or (c.place_code like any (:codes) and o.division_code like any (:codes)))
				order by c.acting_org_id, reference, c.id""")
			.param("from", from)
			.param("to", to)
			.param("nationwide", scope.isNationwide())
			.param("codes", scope.codes().stream().map(c -> c + "%").toArray(String[]::new))
			.query(ClosedCases::row)
			.list();
	}

	/** One closed case by id, whatever its place (the caller checks the jurisdiction). */
	@Transactional(readOnly = true)
	public Optional<ClosedCase> closedCase(long caseId) {
		return jdbc.sql(SELECT + " and c.id = :id")
			.param("id", caseId)
			.query(ClosedCases::row)
			.optional();
	}

	private static ClosedCase row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new ClosedCase(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getObject(6, LocalDate.class), rs.getString(7));
	}
}
