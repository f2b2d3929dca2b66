package cn.oneteam.supervision.exam;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import cn.oneteam.shared.EnforcementDomain;
import cn.oneteam.shared.JurisdictionScope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Exam sessions and candidates (docs/adr/0038-external-supervisors-and-exams.md). */
@Repository
class ExamRepository {

	private final JdbcClient jdbc;

	ExamRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record SessionRow(long id, String name, LocalDate heldOn, EnforcementDomain domain, BigDecimal passMark,
			long organiserId, String organiserSeat, @Nullable OffsetDateTime publishedAt, int candidates, int passed) {
	}

	record CandidateRow(long id, long sessionId, long personId, String personName, long bodyId,
			@Nullable BigDecimal generalScore, @Nullable BigDecimal specialScore, @Nullable Boolean passed) {
	}

	private static final String SESSION = """
			select s.id, s.name, s.held_on, s.domain, s.pass_mark, s.organiser_id, s.organiser_seat, s.published_at,
			  (select count(*) from supervision_exam_candidate c where c.session_id = s.id) as candidates,
			  (select count(*) from supervision_exam_candidate c where c.session_id = s.id and c.passed) as passed
			from supervision_exam_session s""";

	long insertSession(String name, LocalDate heldOn, EnforcementDomain domain, BigDecimal passMark, long organiserId,
			String organiserSeat, long accountId, OffsetDateTime at) {
		return jdbc.sql("""
				insert into supervision_exam_session (name, held_on, domain, pass_mark, organiser_id, organiser_seat,
				  created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(name, heldOn, domain.name(), passMark, organiserId, organiserSeat, accountId, at)
			.query(Long.class)
			.single();
	}

	List<SessionRow> sessions(JurisdictionScope scope) {
		return jdbc.sql(SESSION + " where (:nationwide or s.organiser_seat like any (:codes)) order by s.held_on desc, s.id desc")
			.param("nationwide", scope.isNationwide())
			.param("codes", scope.codes().stream().map(c -> c + "%").toArray(String[]::new))
			.query(ExamRepository::session)
			.list();
	}

	Optional<SessionRow> session(long id, boolean lock) {
		if (lock) {
			jdbc.sql("select id from supervision_exam_session where id = ? for update").param(id).query(Long.class).optional();
		}
		return jdbc.sql(SESSION + " where s.id = ?").param(id).query(ExamRepository::session).optional();
	}

	/** Inserts a candidate; empty when the person is already registered for the session. */
	Optional<Long> insertCandidate(long sessionId, long personId, String personName, long bodyId, OffsetDateTime at) {
		return jdbc.sql("""
				insert into supervision_exam_candidate (session_id, person_id, person_name, body_id, registered_at)
				values (?, ?, ?, ?, ?) on conflict (session_id, person_id) do nothing returning id""")
			.params(sessionId, personId, personName, bodyId, at)
			.query(Long.class)
			.optional();
	}

	List<CandidateRow> candidates(long sessionId) {
		return jdbc.sql("""
				select id, session_id, person_id, person_name, body_id, general_score, special_score, passed
				from supervision_exam_candidate where session_id = ? order by body_id, id""")
			.param(sessionId)
			.query(ExamRepository::candidate)
			.list();
	}

	boolean score(long sessionId, long candidateId, BigDecimal general, BigDecimal special, boolean passed) {
		return jdbc.sql("""
				update supervision_exam_candidate set general_score = ?, special_score = ?, passed = ?
				where id = ? and session_id = ?""")
			.params(general, special, passed, candidateId, sessionId)
			.update() == 1;
	}

	void publish(long sessionId, OffsetDateTime at) {
		jdbc.sql("update supervision_exam_session set published_at = ? where id = ?").params(at, sessionId).update();
	}

	private static SessionRow session(ResultSet rs, int n) throws SQLException {
		return new SessionRow(rs.getLong("id"), rs.getString("name"), rs.getObject("held_on", LocalDate.class),
				EnforcementDomain.valueOf(rs.getString("domain")), rs.getBigDecimal("pass_mark"),
				rs.getLong("organiser_id"), rs.getString("organiser_seat"),
				rs.getObject("published_at", OffsetDateTime.class), rs.getInt("candidates"), rs.getInt("passed"));
	}

	private static CandidateRow candidate(ResultSet rs, int n) throws SQLException {
		return new CandidateRow(rs.getLong("id"), rs.getLong("session_id"), rs.getLong("person_id"),
				rs.getString("person_name"), rs.getLong("body_id"), rs.getBigDecimal("general_score"),
				rs.getBigDecimal("special_score"), rs.getObject("passed", Boolean.class));
	}
}
