package cn.oneteam.inspection.code;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import cn.oneteam.inspection.ItemMethod;
import cn.oneteam.inspection.draw.DrawEngine;
import cn.oneteam.inspection.visit.VisitOutcome;
import cn.oneteam.inspection.visit.VisitState;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.PersonalData;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The items a visit's parts pin, the company's ratings, and what supervision reads of visits and code uses
 * (docs/adr/0029-inspection-code-public-check-and-rating.md). A natural person's code is shown masked.
 */
@Repository
class CodeRepository {

	private static final String IN_SCOPE = "(:nationwide or v.division_code like any (:codes))";

	private final JdbcClient jdbc;

	CodeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The item versions the visit's parts pin, once each, in the order of the parts. */
	List<CodeViews.Item> items(long visitId) {
		return jdbc.sql("""
				select i.name, i.legal_basis, i.method from inspection_item i
				join (select distinct on (item_id) item_id, ord from inspection_visit_part p,
				        unnest(p.item_ids) with ordinality as u(item_id, ord)
				      where p.visit_id = ? order by item_id, p.id, ord) pinned on pinned.item_id = i.id
				order by pinned.ord, i.id""")
			.param(visitId)
			.query((rs, n) -> new CodeViews.Item(rs.getString("name"), rs.getString("legal_basis"),
					ItemMethod.valueOf(rs.getString("method"))))
			.list();
	}

	/** Stores the visit's rating unless it has one: false when it had. */
	boolean insertRating(long visitId, int score, List<RatingConduct> conduct, @Nullable String comment,
			OffsetDateTime at) {
		return jdbc.sql("""
				insert into inspection_rating (visit_id, score, conduct, comment, rated_at) values (?, ?, ?, ?, ?)
				on conflict (visit_id) do nothing""")
			.params(visitId, score, conduct.stream().map(Enum::name).toArray(String[]::new), comment, at)
			.update() == 1;
	}

	boolean rated(long visitId) {
		return jdbc.sql("select exists (select 1 from inspection_rating where visit_id = ?)")
			.param(visitId)
			.query(Boolean.class)
			.single();
	}

	private static final String RATING = """
			select r.*, v.subject_code, v.division_code, v.department_ids, v.inspected_on
			from inspection_rating r join inspection_visit v on v.id = r.visit_id""";

	Optional<CodeViews.Rating> rating(long visitId) {
		return jdbc.sql(RATING + " where r.visit_id = ?").param(visitId).query(CodeRepository::rating).optional();
	}

	/**
	 * Ratings given in [from, until) on visits whose subject lies in the scope and in which the reader's own body took
	 * no part, newest first.
	 */
	List<CodeViews.Rating> ratings(OffsetDateTime from, OffsetDateTime until, JurisdictionScope scope, long reader) {
		return jdbc.sql(RATING + " where r.rated_at >= :from and r.rated_at < :until and " + IN_SCOPE
				+ " and not (:reader = any (v.department_ids)) order by r.rated_at desc, r.id desc")
			.param("reader", reader)
			.param("from", from)
			.param("until", until)
			.param("nationwide", scope.isNationwide())
			.param("codes", like(scope))
			.query(CodeRepository::rating)
			.list();
	}

	/** Visits recorded in [from, until) without their code, whose subject lies in the scope, newest first. */
	List<CodeViews.Uncoded> uncoded(OffsetDateTime from, OffsetDateTime until, JurisdictionScope scope, int limit) {
		return jdbc.sql("""
				select v.* from inspection_visit v
				where v.state in ('RECORDED', 'PUBLISHED') and v.with_code = false
				  and v.recorded_at >= :from and v.recorded_at < :until and """ + IN_SCOPE + """

				order by v.recorded_at desc, v.id desc limit :limit""")
			.param("from", from)
			.param("until", until)
			.param("limit", limit)
			.param("nationwide", scope.isNationwide())
			.param("codes", like(scope))
			.query((rs, n) -> {
				String outcome = rs.getString("outcome");
				return new CodeViews.Uncoded(rs.getLong("id"), DrawEngine.shown(rs.getString("subject_code")),
						rs.getString("division_code"), longs(rs.getArray("department_ids")),
						VisitState.valueOf(rs.getString("state")), rs.getObject("inspected_on", LocalDate.class),
						outcome == null ? null : VisitOutcome.valueOf(outcome), rs.getLong("recorded_by"), null,
						rs.getObject("recorded_at", OffsetDateTime.class));
			})
			.list();
	}

	/** Refused uses in [from, until) of codes of visits whose subject lies in the scope, newest first. */
	List<CodeViews.RefusedUse> refusedUses(OffsetDateTime from, OffsetDateTime until, JurisdictionScope scope,
			int limit) {
		return jdbc.sql("""
				select u.*, v.division_code from inspection_code_use u join inspection_visit v on v.id = u.visit_id
				where not u.accepted and u.used_at >= :from and u.used_at < :until and """ + IN_SCOPE + """

				order by u.used_at desc, u.id desc limit :limit""")
			.param("from", from)
			.param("until", until)
			.param("limit", limit)
			.param("nationwide", scope.isNationwide())
			.param("codes", like(scope))
			.query((rs, n) -> new CodeViews.RefusedUse(rs.getLong("id"), rs.getLong("visit_id"), rs.getString("code"),
					rs.getLong("account_id"), null, rs.getObject("used_at", OffsetDateTime.class),
					rs.getString("refusal"), rs.getString("division_code")))
			.list();
	}

	private static CodeViews.Rating rating(ResultSet rs, int n) throws SQLException {
		String comment = rs.getString("comment");
		return new CodeViews.Rating(rs.getLong("visit_id"), rs.getInt("score"),
				Arrays.stream((String[]) rs.getArray("conduct").getArray()).map(RatingConduct::valueOf).toList(),
				comment == null ? null : PersonalData.maskText(comment), rs.getObject("rated_at", OffsetDateTime.class),
				DrawEngine.shown(rs.getString("subject_code")), rs.getString("division_code"), longs(rs.getArray("department_ids")),
				rs.getObject("inspected_on", LocalDate.class));
	}

	private static String[] like(JurisdictionScope scope) {
		return scope.codes().stream().map(c -> c + "%").toArray(String[]::new);
	}

	private static List<Long> longs(Array array) throws SQLException {
		return Arrays.stream((Long[]) array.getArray()).toList();
	}
}
