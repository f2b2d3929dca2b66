package cn.oneteam.subject;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import cn.oneteam.shared.IdNumber;
import cn.oneteam.shared.JurisdictionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The register in PostgreSQL: insert and close, never delete; every read limited to a jurisdiction. */
@Repository
class SubjectRepository {

	private static final String IN_SCOPE = "(:nationwide or division_code like any (:codes))";

	/** The names a search by name ranks at most. */
	private static final int NAME_CANDIDATES = 1000;

	private final JdbcClient jdbc;

	SubjectRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(SubjectKind kind, String code, SubjectInputs.Registration input, String division, long orgId,
			OffsetDateTime at) {
		return jdbc.sql("""
				insert into market_subject (kind, code, name, division_code, street_address, representative,
				  industry_code, status, registered_by_org_id, registered_at)
				values (?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?) on conflict (code) do nothing returning id""")
			.params(kind.name(), code, input.name().strip(), division, input.streetAddress().strip(),
					blankToNull(input.representative()), blankToNull(input.industryCode()), orgId, at)
			.query(Long.class)
			.optional()
			.orElse(-1L);
	}

	boolean exists(String code) {
		return jdbc.sql("select exists (select 1 from market_subject where code = ?)").param(code)
			.query(Boolean.class).single();
	}

	Optional<SubjectView> byId(long id, JurisdictionScope scope) {
		return scoped("select * from market_subject where id = :id and " + IN_SCOPE, scope).param("id", id)
			.query(SubjectRepository::map)
			.optional();
	}

	Optional<SubjectView> byCode(String code, JurisdictionScope scope) {
		return scoped("select * from market_subject where code = :code and " + IN_SCOPE, scope).param("code", code)
			.query(SubjectRepository::map)
			.optional();
	}

	/** The code as stored: for a natural person the whole ID number (callers check jurisdiction and record the read). */
	Optional<String> wholeCode(long id) {
		return jdbc.sql("select code from market_subject where id = ?").param(id).query(String.class).optional();
	}

	/**
	 * Names containing the words, closest first (pg_trgm similarity), at most {@code limit}: the closest of the first
	 * {@link #NAME_CANDIDATES} found, so that words common to many names do not rank them all
	 * (docs/adr/0058-searching-a-province.md).
	 */
	List<SubjectView> byName(String words, JurisdictionScope scope, int limit) {
		// within one county, that county's part of the index of names (V0148)
		String county = scope.county();
		return scoped("""
				select * from (select * from market_subject where name ilike :pattern escape '\\' and """ + IN_SCOPE
				+ (county == null ? "" : " and left(division_code, 6) = :county ") + """
				 limit :candidates) s order by similarity(name, :words) desc, id limit :limit""", scope)
			.param("county", county)
			.param("candidates", NAME_CANDIDATES)
			.param("pattern", "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
			.param("words", words)
			.param("limit", limit)
			.query(SubjectRepository::map)
			.list();
	}

	boolean close(long id, SubjectStatus status, LocalDate on) {
		return jdbc.sql("""
				update market_subject set status = ?, closed_on = ? where id = ? and closed_on is null""")
			.params(status.name(), on, id)
			.update() == 1;
	}

	List<SubjectView> active(java.util.Collection<Long> subjectIds, java.util.Collection<SubjectKind> kinds,
			String divisionCode) {
		return jdbc.sql("""
				select s.* from market_subject s where s.id = any (:ids) and s.status = 'ACTIVE'
				  and (cardinality(:kinds) = 0 or s.kind = any (:kinds)) and s.division_code like :division order by s.code""")
			.param("ids", subjectIds.toArray(Long[]::new))
			.param("kinds", kinds.stream().map(Enum::name).toArray(String[]::new))
			.param("division", divisionCode + "%")
			.query(SubjectRepository::map)
			.list();
	}

	private JdbcClient.StatementSpec scoped(String sql, JurisdictionScope scope) {
		return jdbc.sql(sql)
			.param("nationwide", scope.isNationwide())
			.param("codes", scope.codes().stream().map(c -> c + "%").toArray(String[]::new));
	}

	static SubjectView map(ResultSet rs, int n) throws SQLException {
		SubjectKind kind = SubjectKind.valueOf(rs.getString("kind"));
		String code = rs.getString("code");
		return new SubjectView(rs.getLong("id"), kind,
				kind.identifiedByIdNumber() ? IdNumber.of(code).masked() : code, rs.getString("name"),
				rs.getString("division_code"), rs.getString("street_address"), rs.getString("representative"),
				rs.getString("industry_code"), SubjectStatus.valueOf(rs.getString("status")),
				rs.getObject("closed_on", LocalDate.class), rs.getObject("registered_at", OffsetDateTime.class));
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
