package cn.oneteam.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The confirmations of bodies' qualification and their matters (docs/adr/0037-enforcement-bodies-qualification.md). */
@Repository
class BodyQualificationRepository {

	private final JdbcClient jdbc;

	BodyQualificationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long bodyId, int year, String legalBasis, boolean allMatters, List<String> matters, LocalDate from,
			LocalDate to, long by, OffsetDateTime at) {
		long id = jdbc.sql("""
				insert into body_qualification (organization_id, year, legal_basis, all_matters, valid_from, valid_to,
				  confirmed_by, confirmed_at)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(bodyId, year, legalBasis, allMatters, from, to, by, at)
			.query(Long.class)
			.single();
		for (String matter : matters) {
			jdbc.sql("insert into body_qualification_matter (qualification_id, matter_code) values (?, ?)")
				.params(id, matter)
				.update();
		}
		return id;
	}

	/** An active (not revoked) confirmation of the body for the year. */
	boolean activeFor(long bodyId, int year) {
		return jdbc.sql("select count(*) from body_qualification where organization_id = ? and year = ? and revoked_on is null")
			.params(bodyId, year)
			.query(Long.class)
			.single() > 0;
	}

	Optional<BodyQualification> lock(long id) {
		return one("select * from body_qualification where id = ? for update", id);
	}

	Optional<BodyQualification> find(long id) {
		return one("select * from body_qualification where id = ?", id);
	}

	void publish(long id, long by, OffsetDateTime at) {
		jdbc.sql("update body_qualification set published_at = ?, published_by = ? where id = ?").params(at, by, id).update();
	}

	void revoke(long id, LocalDate on, String reason, long by, OffsetDateTime at) {
		jdbc.sql("""
				update body_qualification set revoked_on = ?, revocation_reason = ?, revoked_by = ?, revoked_at = ?
				where id = ?""").params(on, reason, by, at, id).update();
	}

	/** Every confirmation of the body, oldest first. */
	List<BodyQualification> ofBody(long bodyId) {
		return withMatters(jdbc.sql("select * from body_qualification where organization_id = ? order by valid_from, id")
			.param(bodyId)
			.query(BodyQualificationRepository::row)
			.list());
	}

	/** Every confirmation of the bodies, oldest first. */
	List<BodyQualification> ofBodies(Collection<Long> bodyIds) {
		if (bodyIds.isEmpty()) {
			return List.of();
		}
		return withMatters(jdbc.sql("""
				select * from body_qualification where organization_id in (:ids) order by valid_from, id""")
			.param("ids", bodyIds)
			.query(BodyQualificationRepository::row)
			.list());
	}

	/** The announced, unrevoked confirmations of the year whose period has not ended on the day. */
	List<BodyQualification> announced(int year, LocalDate day) {
		return withMatters(jdbc.sql("""
				select * from body_qualification
				where year = ? and published_at is not null and revoked_on is null and valid_to >= ?
				order by organization_id, valid_from""")
			.params(year, day)
			.query(BodyQualificationRepository::row)
			.list());
	}

	private Optional<BodyQualification> one(String sql, long id) {
		return jdbc.sql(sql).param(id).query(BodyQualificationRepository::row).optional()
			.map(q -> withMatters(List.of(q)).get(0));
	}

	private List<BodyQualification> withMatters(List<BodyQualification> rows) {
		if (rows.isEmpty()) {
			return rows;
		}
		Map<Long, List<String>> matters = new HashMap<>();
		jdbc.sql("""
				select qualification_id, matter_code from body_qualification_matter
				where qualification_id in (:ids) order by matter_code""")
			.param("ids", rows.stream().map(BodyQualification::id).toList())
			.query((rs, n) -> matters.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
			.list();
		return rows.stream()
			.map(q -> new BodyQualification(q.id(), q.bodyId(), q.year(), q.legalBasis(), q.allMatters(),
					matters.getOrDefault(q.id(), List.of()), q.validFrom(), q.validTo(), q.confirmedBy(),
					q.confirmedAt(), q.publishedAt(), q.revokedOn(), q.revocationReason()))
			.toList();
	}

	private static BodyQualification row(ResultSet rs, int n) throws SQLException {
		return new BodyQualification(rs.getLong("id"), rs.getLong("organization_id"), rs.getInt("year"),
				rs.getString("legal_basis"), rs.getBoolean("all_matters"), List.of(),
				rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
				rs.getLong("confirmed_by"), rs.getObject("confirmed_at", OffsetDateTime.class),
				rs.getObject("published_at", OffsetDateTime.class), rs.getObject("revoked_on", LocalDate.class),
				rs.getString("revocation_reason"));
	}
}
