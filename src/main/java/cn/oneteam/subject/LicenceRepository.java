package cn.oneteam.subject;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The licences in PostgreSQL: insert and revoke, never delete. */
@Repository
class LicenceRepository {

	private final JdbcClient jdbc;

	LicenceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The new licence's id, or -1 when the issuer has recorded a licence with this number already. */
	long insert(long subjectId, LicenceInputs.Licence l, LicenceSource source, OffsetDateTime at) {
		return jdbc.sql("""
				insert into subject_licence (subject_id, kind, number, issuer_code, issuer_name, valid_from, valid_until,
				  scope, source, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (issuer_code, number) do nothing returning id""")
			.params(subjectId, l.kind().strip(), l.number().strip(), l.issuerCode(), l.issuerName().strip(),
					l.validFrom(), l.validUntil(), l.scope() == null || l.scope().isBlank() ? null : l.scope().strip(),
					source.name(), at)
			.query(Long.class)
			.optional()
			.orElse(-1L);
	}

	Optional<LicenceView> byId(long id) {
		return jdbc.sql("select * from subject_licence where id = ?").param(id).query(LicenceRepository::map).optional();
	}

	Optional<LicenceView> byNumber(String issuerCode, String number) {
		return jdbc.sql("select * from subject_licence where issuer_code = ? and number = ?")
			.params(issuerCode, number)
			.query(LicenceRepository::map)
			.optional();
	}

	List<LicenceView> ofSubject(long subjectId) {
		return jdbc.sql("select * from subject_licence where subject_id = ? order by valid_from desc, id desc")
			.param(subjectId)
			.query(LicenceRepository::map)
			.list();
	}

	List<String> issuersOf(long subjectId) {
		return jdbc.sql("select distinct issuer_code from subject_licence where subject_id = ? order by issuer_code")
			.param(subjectId)
			.query(String.class)
			.list();
	}

	List<SubjectView> holders(java.util.Collection<String> issuerCodes, java.util.Collection<SubjectKind> kinds,
			String divisionCode, LocalDate on) {
		return jdbc.sql("""
				select s.* from market_subject s where s.status = 'ACTIVE' and s.kind = any (:kinds)
				  and s.division_code like :division and exists (select 1 from subject_licence l
				    where l.subject_id = s.id and l.issuer_code = any (:issuers) and l.valid_from <= :on
				      and (l.valid_until is null or l.valid_until >= :on) and (l.revoked_on is null or l.revoked_on > :on))
				order by s.code""")
			.param("kinds", kinds.stream().map(Enum::name).toArray(String[]::new))
			.param("division", divisionCode + "%")
			.param("issuers", issuerCodes.toArray(String[]::new))
			.param("on", on)
			.query(SubjectRepository::map)
			.list();
	}

	boolean revoke(long id, LocalDate on, String reason) {
		return jdbc.sql("update subject_licence set revoked_on = ?, revoked_reason = ? where id = ? and revoked_on is null")
			.params(on, reason, id)
			.update() == 1;
	}

	/** As {@link #revoke(long, LocalDate, String)}, noting when the revocation entered the register. */
	boolean revoke(long id, LocalDate on, String reason, OffsetDateTime at) {
		return jdbc.sql("""
				update subject_licence set revoked_on = ?, revoked_reason = ?, revoked_at = ?
				where id = ? and revoked_on is null""")
			.params(on, reason, at, id)
			.update() == 1;
	}

	/** When each revoked licence of the subject was recorded as revoked (absent for older revocations). */
	java.util.Map<Long, OffsetDateTime> revokedAt(long subjectId) {
		java.util.Map<Long, OffsetDateTime> at = new java.util.HashMap<>();
		jdbc.sql("select id, revoked_at from subject_licence where subject_id = ? and revoked_at is not null")
			.param(subjectId)
			.query(rs -> {
				at.put(rs.getLong("id"), rs.getObject("revoked_at", OffsetDateTime.class));
			});
		return at;
	}

	private static LicenceView map(ResultSet rs, int n) throws SQLException {
		return new LicenceView(rs.getLong("id"), rs.getLong("subject_id"), rs.getString("kind"), rs.getString("number"),
				rs.getString("issuer_code"), rs.getString("issuer_name"), rs.getObject("valid_from", LocalDate.class),
				rs.getObject("valid_until", LocalDate.class), rs.getString("scope"),
				LicenceSource.valueOf(rs.getString("source")), rs.getObject("revoked_on", LocalDate.class),
				rs.getString("revoked_reason"), rs.getObject("recorded_at", OffsetDateTime.class));
	}
}
