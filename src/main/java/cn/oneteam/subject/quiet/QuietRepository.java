package cn.oneteam.subject.quiet;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Quiet entries and caps in PostgreSQL: inserted and ended or replaced, never deleted. */
@Repository
class QuietRepository {

	private final JdbcClient jdbc;

	QuietRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long subjectId, QuietInputs.Entry entry, long accountId, OffsetDateTime at) {
		return jdbc.sql("""
				insert into subject_quiet_period (subject_id, kind, valid_from, valid_until, reason, deciding_body,
				  set_by_account_id, set_at) values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(subjectId, entry.kind().name(), entry.validFrom(), entry.validUntil(), entry.reason().strip(),
					entry.decidingBody().strip(), accountId, at)
			.query(Long.class)
			.single();
	}

	List<QuietEntry> ofSubject(long subjectId) {
		return jdbc.sql("select * from subject_quiet_period where subject_id = ? order by valid_from desc, id desc")
			.param(subjectId)
			.query(QuietRepository::entry)
			.list();
	}

	/** The entries of many subjects in one query, each subject's in the order of {@link #ofSubject}. */
	Map<Long, List<QuietEntry>> ofSubjects(Collection<Long> subjectIds) {
		Map<Long, List<QuietEntry>> entries = new HashMap<>();
		jdbc.sql("""
				select * from subject_quiet_period where subject_id = any(?)
				 order by subject_id, valid_from desc, id desc""")
			.param(subjectIds.stream().distinct().toArray(Long[]::new))
			.query(QuietRepository::entry)
			.list()
			.forEach(e -> entries.computeIfAbsent(e.subjectId(), s -> new ArrayList<>()).add(e));
		return entries;
	}

	Optional<QuietEntry> entry(long subjectId, long id) {
		return jdbc.sql("select * from subject_quiet_period where subject_id = ? and id = ?")
			.params(subjectId, id)
			.query(QuietRepository::entry)
			.optional();
	}

	boolean end(long id, LocalDate on, String reason, long accountId, OffsetDateTime at) {
		return jdbc.sql("""
				update subject_quiet_period set ended_on = ?, end_reason = ?, ended_by_account_id = ?, ended_at = ?
				 where id = ? and ended_on is null""")
			.params(on, reason, accountId, at, id)
			.update() == 1;
	}

	long insertCap(QuietInputs.Cap cap, Set<InspectionTrigger> exempt, long accountId, OffsetDateTime at) {
		jdbc.sql("""
				update inspection_cap set replaced_at = ? where scope = ? and scope_key = ? and year = ?
				 and replaced_at is null""")
			.params(at, cap.scope().name(), cap.scopeKey().strip(), cap.year())
			.update();
		return jdbc.sql("""
				insert into inspection_cap (scope, scope_key, year, cap, on_reach, exempt_triggers, basis,
				  set_by_account_id, set_at) values (?, ?, ?, ?, ?, ?::varchar[], ?, ?, ?) returning id""")
			.params(cap.scope().name(), cap.scopeKey().strip(), cap.year(), cap.cap(), cap.onReach().name(),
					exempt.stream().map(Enum::name).sorted().toArray(String[]::new), cap.basis().strip(), accountId, at)
			.query(Long.class)
			.single();
	}

	/** The current caps of a year, bodies first. */
	List<InspectionCap> caps(int year) {
		return jdbc.sql("""
				select * from inspection_cap where year = ? and replaced_at is null order by scope, scope_key""")
			.param(year)
			.query(QuietRepository::cap)
			.list();
	}

	/** The current caps of several years in one query, bodies first. */
	List<InspectionCap> caps(Collection<Integer> years) {
		return jdbc.sql("select * from inspection_cap where year = any(?) and replaced_at is null order by scope, scope_key")
			.param(years.stream().distinct().toArray(Integer[]::new))
			.query(QuietRepository::cap)
			.list();
	}

	/** The current cap of the body for the year, else of the domain. */
	Optional<InspectionCap> capFor(String body, @Nullable String domain, int year) {
		return jdbc.sql("""
				select * from inspection_cap where year = :year and replaced_at is null
				 and ((scope = 'BODY' and scope_key = :body) or (scope = 'DOMAIN' and scope_key = :domain))
				 order by scope limit 1""")
			.param("year", year)
			.param("body", body.strip())
			.param("domain", domain == null ? "" : domain.strip())
			.query(QuietRepository::cap)
			.optional();
	}

	private static QuietEntry entry(ResultSet rs, int n) throws SQLException {
		return new QuietEntry(rs.getLong("id"), rs.getLong("subject_id"), QuietKind.valueOf(rs.getString("kind")),
				rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_until", LocalDate.class),
				rs.getString("reason"), rs.getString("deciding_body"), rs.getLong("set_by_account_id"),
				rs.getObject("set_at", OffsetDateTime.class), rs.getObject("ended_on", LocalDate.class),
				rs.getString("end_reason"), rs.getObject("ended_by_account_id", Long.class),
				rs.getObject("ended_at", OffsetDateTime.class));
	}

	private static InspectionCap cap(ResultSet rs, int n) throws SQLException {
		Array array = rs.getArray("exempt_triggers");
		Set<InspectionTrigger> exempt = EnumSet.noneOf(InspectionTrigger.class);
		Arrays.stream((String[]) array.getArray()).map(InspectionTrigger::valueOf).forEach(exempt::add);
		return new InspectionCap(rs.getLong("id"), InspectionCap.Scope.valueOf(rs.getString("scope")),
				rs.getString("scope_key"), rs.getInt("year"), rs.getInt("cap"),
				InspectionCap.OnReach.valueOf(rs.getString("on_reach")), exempt, rs.getString("basis"),
				rs.getLong("set_by_account_id"), rs.getObject("set_at", OffsetDateTime.class));
	}
}
