package cn.oneteam.credit;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The credit tables of V0079 (docs/adr/0022-credit-and-risk.md). */
@Repository
class CreditRepository {

	/** Advisory locks per subject: one recomputation at a time. */
	private static final long SUBJECT_LOCK = 7_300_000_000L;

	private static final String FACT_COLUMNS = """
			id, subject_id, kind, source, occurred_on, counts_until, ended_on, reason, case_id, matter_code,
			decision_number, fine, fine_paid, publish_until_gsxt, publish_until_ndrc""";

	private static final String ENTRY_COLUMNS = """
			id, subject_id, list, ground, reason, deciding_body, case_id, decision_number, listed_on, term_ends_on,
			removed_on, removal_reason""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	CreditRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void lock(long subjectId) {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(SUBJECT_LOCK + subjectId).query(Object.class).single();
	}

	/** Active subjects in the scope with their last class (A when never graded), by code (docs/adr/0026-the-draw.md). */
	List<CreditClassOfSubject> classesIn(cn.oneteam.shared.JurisdictionScope scope) {
		return jdbc.sql("""
				select s.id, s.code, coalesce((select g.class from credit_grade_history g where g.subject_id = s.id
				  order by g.id desc limit 1), 'A') as class
				from market_subject s where s.status = 'ACTIVE' and (:nationwide or s.division_code like any (:codes))
				order by s.code""")
			.param("nationwide", scope.isNationwide())
			.param("codes", scope.codes().stream().map(c -> c + "%").toArray(String[]::new))
			.query((rs, i) -> new CreditClassOfSubject(rs.getLong("id"), rs.getString("code"),
					CreditClass.valueOf(rs.getString("class"))))
			.list();
	}

	boolean subjectExists(long subjectId) {
		return jdbc.sql("select exists (select 1 from market_subject where id = ?)").param(subjectId)
			.query(Boolean.class).single();
	}

	// rules and thresholds

	Map<FactKind, CreditRule> rules() {
		Map<FactKind, CreditRule> rules = new EnumMap<>(FactKind.class);
		jdbc.sql("select kind, weight, counts_months, forces_class from credit_rule").query((rs, n) -> {
			String forced = rs.getString("forces_class");
			return new CreditRule(FactKind.valueOf(rs.getString("kind")), rs.getInt("weight"),
					rs.getInt("counts_months"), forced == null ? null : CreditClass.valueOf(forced));
		}).list().forEach(rule -> rules.put(rule.kind(), rule));
		return rules;
	}

	List<ClassThreshold> thresholds() {
		return jdbc.sql("select class, min_score from credit_class_threshold order by class")
			.query((rs, n) -> new ClassThreshold(CreditClass.valueOf(rs.getString("class")), rs.getInt("min_score")))
			.list();
	}

	boolean updateRule(FactKind kind, CreditInputs.RuleUpdate update, long by, OffsetDateTime at) {
		return jdbc.sql("""
				update credit_rule set weight = ?, counts_months = ?, forces_class = ?, updated_at = ?, updated_by = ?
				where kind = ?""")
			.params(update.weight(), update.countsMonths(),
					update.forcesClass() == null ? null : update.forcesClass().name(), at, by, kind.name())
			.update() == 1;
	}

	void updateThreshold(CreditClass creditClass, int minScore, long by, OffsetDateTime at) {
		jdbc.sql("update credit_class_threshold set min_score = ?, updated_at = ?, updated_by = ? where class = ?")
			.params(minScore, at, by, creditClass.name())
			.update();
	}

	// facts

	/** The new fact's id; empty when a fact of the kind from that source is kept already (a repeated delivery). */
	Optional<Long> insertFact(long subjectId, FactKind kind, String source, LocalDate occurredOn, LocalDate countsUntil,
			String reason, @Nullable Long caseId, @Nullable String matterCode, @Nullable String decisionNumber,
			@Nullable BigDecimal fine, Publication.Until publication, OffsetDateTime at) {
		return jdbc.sql("""
				insert into credit_fact (subject_id, kind, source, occurred_on, counts_until, reason, case_id, matter_code,
				  decision_number, fine, publish_until_gsxt, publish_until_ndrc, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (source, kind) do nothing returning id""")
			.params(subjectId, kind.name(), source, occurredOn, countsUntil, reason, caseId, matterCode,
					decisionNumber, fine, publication.gsxt(), publication.ndrc(), at)
			.query(Long.class)
			.optional();
	}

	List<CreditFact> facts(long subjectId) {
		return jdbc.sql("select " + FACT_COLUMNS + " from credit_fact where subject_id = ? order by occurred_on desc, id desc")
			.param(subjectId)
			.query(CreditRepository::fact)
			.list();
	}

	Optional<CreditFact> fact(long id) {
		return jdbc.sql("select " + FACT_COLUMNS + " from credit_fact where id = ?").param(id)
			.query(CreditRepository::fact)
			.optional();
	}

	/** The subjects whose penalty facts of the case are now paid (those that were not). */
	List<CreditFact> markFinePaid(long caseId) {
		return jdbc.sql("update credit_fact set fine_paid = true where case_id = ? and fine is not null and not fine_paid "
				+ "returning " + FACT_COLUMNS)
			.param(caseId)
			.query(CreditRepository::fact)
			.list();
	}

	/** Ends a fact's counting and publication from the day on. */
	void endFact(long id, LocalDate on) {
		jdbc.sql("""
				update credit_fact set ended_on = ?,
				  publish_until_gsxt = case when publish_until_gsxt > ? then ? else publish_until_gsxt end,
				  publish_until_ndrc = case when publish_until_ndrc > ? then ? else publish_until_ndrc end
				where id = ? and ended_on is null""")
			.params(on, on, on, on, on, id)
			.update();
	}

	private static CreditFact fact(ResultSet rs, int n) throws SQLException {
		long caseId = rs.getLong("case_id");
		Long caseOrNull = rs.wasNull() ? null : caseId;
		return new CreditFact(rs.getLong("id"), rs.getLong("subject_id"), FactKind.valueOf(rs.getString("kind")),
				rs.getString("source"), date(rs, "occurred_on"), date(rs, "counts_until"), date(rs, "ended_on"),
				rs.getString("reason"), caseOrNull, rs.getString("matter_code"), rs.getString("decision_number"),
				rs.getBigDecimal("fine"), rs.getBoolean("fine_paid"), date(rs, "publish_until_gsxt"),
				date(rs, "publish_until_ndrc"));
	}

	// list entries

	/** The new entry's id; empty when the subject is on that list already. */
	Optional<Long> insertEntry(long subjectId, CreditInputs.Listing listing, LocalDate listedOn, LocalDate termEndsOn,
			long by, OffsetDateTime at) {
		return jdbc.sql("""
				insert into credit_list_entry (subject_id, list, ground, reason, deciding_body, case_id, decision_number,
				  listed_on, term_ends_on, listed_by, listed_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict do nothing returning id""")
			.params(subjectId, listing.list().name(), listing.ground() == null ? null : listing.ground().name(),
					listing.reason().strip(), listing.decidingBody().strip(), listing.caseId(),
					listing.decisionNumber() == null || listing.decisionNumber().isBlank() ? null
							: listing.decisionNumber().strip(),
					listedOn, termEndsOn, by, at)
			.query(Long.class)
			.optional();
	}

	List<CreditViews.ListEntry> entries(long subjectId) {
		return jdbc.sql("select " + ENTRY_COLUMNS + " from credit_list_entry where subject_id = ? order by listed_on desc, id desc")
			.param(subjectId)
			.query(CreditRepository::entry)
			.list();
	}

	Optional<CreditViews.ListEntry> entry(long id) {
		return jdbc.sql("select " + ENTRY_COLUMNS + " from credit_list_entry where id = ?").param(id)
			.query(CreditRepository::entry)
			.optional();
	}

	boolean removeEntry(long id, LocalDate on, String reason, long by) {
		return jdbc.sql("""
				update credit_list_entry set removed_on = ?, removal_reason = ?, removed_by = ?
				where id = ? and removed_on is null""")
			.params(on, reason, by, id)
			.update() == 1;
	}

	private static CreditViews.ListEntry entry(ResultSet rs, int n) throws SQLException {
		long caseId = rs.getLong("case_id");
		Long caseOrNull = rs.wasNull() ? null : caseId;
		String ground = rs.getString("ground");
		return new CreditViews.ListEntry(rs.getLong("id"), rs.getLong("subject_id"),
				ListKind.valueOf(rs.getString("list")), ground == null ? null : AbnormalGround.valueOf(ground),
				rs.getString("reason"), rs.getString("deciding_body"), caseOrNull, rs.getString("decision_number"),
				date(rs, "listed_on"), date(rs, "term_ends_on"), date(rs, "removed_on"), rs.getString("removal_reason"));
	}

	// repairs

	/** The new application's id; empty when one for the fact is pending already. */
	Optional<Long> insertRepair(long subjectId, long factId, String ground, LocalDate on, long by) {
		return jdbc.sql("""
				insert into credit_repair (subject_id, fact_id, ground, applied_on, applied_by, status)
				values (?, ?, ?, ?, ?, 'PENDING') on conflict do nothing returning id""")
			.params(subjectId, factId, ground.strip(), on, by)
			.query(Long.class)
			.optional();
	}

	List<CreditViews.Repair> repairs(long subjectId) {
		return jdbc.sql("""
				select id, subject_id, fact_id, ground, applied_on, status, decision, decided_at from credit_repair
				where subject_id = ? order by id desc""")
			.param(subjectId)
			.query(CreditRepository::repair)
			.list();
	}

	Optional<CreditViews.Repair> repair(long id) {
		return jdbc.sql("""
				select id, subject_id, fact_id, ground, applied_on, status, decision, decided_at from credit_repair
				where id = ?""")
			.param(id)
			.query(CreditRepository::repair)
			.optional();
	}

	boolean decideRepair(long id, CreditViews.RepairStatus status, String decision, long by, OffsetDateTime at) {
		return jdbc.sql("""
				update credit_repair set status = ?, decision = ?, decided_by = ?, decided_at = ?
				where id = ? and status = 'PENDING'""")
			.params(status.name(), decision, by, at, id)
			.update() == 1;
	}

	private static CreditViews.Repair repair(ResultSet rs, int n) throws SQLException {
		return new CreditViews.Repair(rs.getLong("id"), rs.getLong("subject_id"), rs.getLong("fact_id"),
				rs.getString("ground"), date(rs, "applied_on"),
				CreditViews.RepairStatus.valueOf(rs.getString("status")), rs.getString("decision"),
				rs.getObject("decided_at", OffsetDateTime.class));
	}

	/**
	 * The subjects with a fact that stopped counting (the day after its last day, or the day it ended) on or before
	 * today and after the day of their last grade.
	 */
	List<Long> subjectsWithFactsEndedSinceLastGrade(LocalDate today, int limit) {
		return jdbc.sql("""
				select f.subject_id from credit_fact f
				left join lateral (select max(h.computed_at) as last from credit_grade_history h
				  where h.subject_id = f.subject_id) g on true
				where least(f.counts_until + 1, coalesce(f.ended_on, f.counts_until + 1)) <= ?
				  and (g.last is null
				       or least(f.counts_until + 1, coalesce(f.ended_on, f.counts_until + 1))
				          > (g.last at time zone 'Asia/Shanghai')::date)
				group by f.subject_id order by f.subject_id limit ?""")
			.params(today, limit)
			.query(Long.class)
			.list();
	}

	// class history

	java.util.Map<Long, CreditClass> lastClasses(java.util.Collection<Long> subjectIds) {
		java.util.Map<Long, CreditClass> classes = new java.util.HashMap<>();
		jdbc.sql("""
				select distinct on (subject_id) subject_id, class from credit_grade_history
				where subject_id = any (?) order by subject_id, id desc""")
			.param(subjectIds.toArray(Long[]::new))
			.query(rs -> {
				classes.put(rs.getLong("subject_id"), CreditClass.valueOf(rs.getString("class")));
			});
		return classes;
	}

	Optional<CreditViews.GradeEntry> lastGrade(long subjectId) {
		return jdbc.sql("""
				select id, class, score, computed_at, cause, reasons::text as reasons from credit_grade_history
				where subject_id = ? order by id desc limit 1""")
			.param(subjectId)
			.query(this::grade)
			.optional();
	}

	List<CreditViews.GradeEntry> history(long subjectId) {
		return jdbc.sql("""
				select id, class, score, computed_at, cause, reasons::text as reasons from credit_grade_history
				where subject_id = ? order by id desc""")
			.param(subjectId)
			.query(this::grade)
			.list();
	}

	void insertGrade(long subjectId, Grading.Grade grade, String cause, OffsetDateTime at) {
		jdbc.sql("""
				insert into credit_grade_history (subject_id, class, score, computed_at, cause, reasons)
				values (?, ?, ?, ?, ?, ?::jsonb)""")
			.params(subjectId, grade.creditClass().name(), grade.score(), at, cause,
					json.writeValueAsString(grade.reasons()))
			.update();
	}

	private CreditViews.GradeEntry grade(ResultSet rs, int n) throws SQLException {
		List<Grading.Reason> reasons = json.readValue(rs.getString("reasons"), new TypeReference<List<Grading.Reason>>() {
		});
		return new CreditViews.GradeEntry(rs.getLong("id"), CreditClass.valueOf(rs.getString("class")),
				rs.getInt("score"), rs.getObject("computed_at", OffsetDateTime.class), rs.getString("cause"), reasons);
	}

	private static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return date == null ? null : date.toLocalDate();
	}
}
