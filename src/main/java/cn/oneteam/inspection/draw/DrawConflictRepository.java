package cn.oneteam.inspection.draw;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import cn.oneteam.shared.JurisdictionScope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Declared conflicts officer ↔ subject (V0091, V0098): declared, ended with a reason, listed, never deleted. */
@Repository
class DrawConflictRepository {

	private final JdbcClient jdbc;

	DrawConflictRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long declare(String certificateNumber, String subjectCode, String reason, long accountId, OffsetDateTime at,
			long organizationId, @Nullable String divisionCode) {
		return jdbc.sql("""
				insert into inspection_draw_conflict (certificate_number, subject_code, reason, declared_by_account_id,
				  declared_at, organization_id, division_code) values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(certificateNumber, subjectCode, reason, accountId, at, organizationId, divisionCode)
			.query(Long.class)
			.single();
	}

	List<DrawRequest.Recusal> open() {
		return jdbc.sql("""
				select certificate_number, subject_code from inspection_draw_conflict where ended_at is null
				order by id""")
			.query((rs, i) -> new DrawRequest.Recusal(rs.getString("certificate_number"), rs.getString("subject_code"),
					Recusals.DECLARED))
			.list();
	}

	/** Ends an open conflict; false when it is unknown or ended already. */
	boolean end(long id, String reason, long accountId, OffsetDateTime at) {
		return jdbc.sql("""
				update inspection_draw_conflict set ended_at = ?, ended_by = ?, end_reason = ?
				where id = ? and ended_at is null""").params(at, accountId, reason, id).update() == 1;
	}

	Optional<JurisdictionDraws.DeclaredConflict> find(long id) {
		return jdbc.sql("select * from inspection_draw_conflict where id = ?").param(id).query((rs, i) -> conflict(rs))
			.optional();
	}

	/** The declaring body of a conflict (0 when declared before bodies were kept). */
	long declaredBy(long id) {
		return jdbc.sql("select coalesce(organization_id, 0) from inspection_draw_conflict where id = ?").param(id)
			.query(Long.class).single();
	}

	String certificate(long id) {
		return jdbc.sql("select certificate_number from inspection_draw_conflict where id = ?").param(id)
			.query(String.class).single();
	}

	/**
	 * The conflicts declared by bodies seated in the scope (those without a seat to nationwide readers only), open ones
	 * first, of one subject when a code is given.
	 */
	List<JurisdictionDraws.DeclaredConflict> list(@Nullable String subjectCode, JurisdictionScope scope) {
		return jdbc.sql("""
				select * from inspection_draw_conflict where (cast(:code as varchar) is null or subject_code = :code)
				  and (:nationwide or division_code like any (:codes))
				order by ended_at nulls first, id desc limit 500""")
			.param("code", subjectCode)
			.param("nationwide", scope.isNationwide())
			.param("codes", scope.codes().stream().map(c -> c + "%").toArray(String[]::new))
			.query((rs, i) -> conflict(rs))
			.list();
	}

	private static JurisdictionDraws.DeclaredConflict conflict(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new JurisdictionDraws.DeclaredConflict(rs.getLong("id"), rs.getString("certificate_number"),
				DrawEngine.shown(rs.getString("subject_code")), rs.getString("reason"),
				rs.getObject("declared_at", OffsetDateTime.class),
				rs.getObject("ended_at", OffsetDateTime.class), rs.getString("end_reason"));
	}
}
