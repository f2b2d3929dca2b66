package cn.oneteam.casehandling;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import cn.oneteam.shared.JurisdictionScope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures per enforcement body for the supervisor's alert board (docs/adr/0036-supervisors-alert-board.md): one
 * set-based query per irregularity over the cases whose body (the body in whose name they are handled) lies in a
 * jurisdiction, and the cases behind a figure for the drill-down. The same predicate answers both, so a figure and
 * its records never disagree. The caller checks who may read them.
 */
@Service
public class CaseAlertFigures {

	/** The irregularities the case file shows. */
	public enum Kind {
		/** A decided fine at the top of the matter's statutory range (an amount, or the multiple of the base). */
		FINE_AT_MAXIMUM,
		/** The same two officers on a body's cases; the key names the pair. */
		OFFICER_PAIR,
		/** Filed after the clue's verification period, or closed after the closing period (the clock met late). */
		LATE_FILING_OR_ARCHIVING,
		/** Closed with a fine decided but not paid in full and no end of enforcement recorded. */
		CLOSED_WITHOUT_PAYMENT,
		/** Evidence collected after the day of the decision. */
		EVIDENCE_AFTER_DECISION,
		/** A running period the body must act in (not the party's own) past its due date. */
		OVERDUE_CLOCK
	}

	/** One body's figure: {@code count} records matching, out of {@code sample} (the body's cases considered). */
	public record BodyFigure(long bodyId, String key, String keyLabel, long count, long sample) {
	}

	/** A case behind a figure: its party, number, the day that counts and what matches. */
	public record CaseRecord(long caseId, String party, @Nullable String number, @Nullable LocalDate on,
			String detail) {
	}

	private static final String BODY = " join organization o on o.id = c.name_org_id ";

	private static final String SCOPE = " (:nationwide or o.division_code like any (:codes)) ";

	private static final String ALERTING_CLOCKS = Arrays.stream(ClockKind.values())
		.filter(ClockKind::alerts)
		.map(k -> "'" + k.name() + "'")
		.collect(Collectors.joining(", "));

	private final JdbcClient jdbc;

	CaseAlertFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The figure of each body of the scope with at least one matching record (for a pair: the most frequent pair). */
	@Transactional(readOnly = true)
	public List<BodyFigure> figures(Kind kind, JurisdictionScope scope, LocalDate today) {
		String sql = kind == Kind.OFFICER_PAIR ? PAIRS : """
				with hits as (%s), sample as (%s),
				per_key as (select body, key, max(key_label) as key_label, count(distinct case_id) as n
				  from hits group by body, key)
				select distinct on (p.body) p.body, p.key, p.key_label, p.n, coalesce(s.n, 0) as sample
				from per_key p left join sample s on s.body = p.body
				order by p.body, p.n desc, p.key""".formatted(hits(kind), sample(kind));
		return bind(jdbc.sql(sql), scope, today)
			.query((rs, n) -> new BodyFigure(rs.getLong("body"), rs.getString("key"), rs.getString("key_label"),
					rs.getLong("n"), rs.getLong("sample")))
			.list();
	}

	/** The cases behind one body's figure (and key, for a pair), newest first, at most {@code limit}. */
	@Transactional(readOnly = true)
	public List<CaseRecord> records(Kind kind, JurisdictionScope scope, LocalDate today, long bodyId,
			@Nullable String key, int limit) {
		String sql = """
				with hits as (%s)
				select h.case_id, min(h.on_day) as on_day, string_agg(distinct h.detail, '; ') as detail,
				  c.party_name, c.form_number
				from hits h join penalty_case c on c.id = h.case_id
				where h.body = :body and (cast(:key as varchar) is null or h.key = :key)
				group by h.case_id, c.party_name, c.form_number
				order by min(h.on_day) desc nulls last, h.case_id desc limit :limit""".formatted(hits(kind));
		return bind(jdbc.sql(sql), scope, today)
			.param("body", bodyId)
			.param("key", key)
			.param("limit", limit)
			.query((rs, n) -> new CaseRecord(rs.getLong("case_id"), rs.getString("party_name"),
					rs.getString("form_number"), rs.getObject("on_day", LocalDate.class), rs.getString("detail")))
			.list();
	}

	/**
	 * Per body its most frequent pair of officers and the cases naming two or more: one aggregate of the officers
	 * per case gives the pair of a two-officer case (nearly all), only the few with more are joined to list their
	 * pairs; bigint keys, the names joined to the winners only.
	 */
	private static final String PAIRS = """
			with teams as (
			  select case_id, count(*) as k, min(person_id) as lo, max(person_id) as hi from case_officer
			  group by case_id having count(*) >= 2),
			scoped as (
			  select c.name_org_id as body, t.* from teams t join penalty_case c on c.id = t.case_id""" + BODY
			+ "where" + SCOPE + """
			),
			pairs as (
			  select body, lo as p1, hi as p2 from scoped where k = 2
			  union all
			  select s.body, a.person_id, b.person_id from scoped s join case_officer a on a.case_id = s.case_id
			    join case_officer b on b.case_id = s.case_id and b.person_id > a.person_id where s.k > 2),
			per as (select body, p1, p2, count(*) as n from pairs group by 1, 2, 3),
			two as (select body, count(*) as n from scoped group by 1),
			best as (select distinct on (body) * from per order by body, n desc, p1, p2)
			select best.body, best.p1 || '-' || best.p2 as key, pa.name || '、' || pb.name as key_label, best.n,
			  coalesce(two.n, 0) as sample
			from best left join two on two.body = best.body
			join person pa on pa.id = best.p1 join person pb on pb.id = best.p2""";

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, JurisdictionScope scope,
			LocalDate today) {
		return spec.param("nationwide", scope.isNationwide())
			.param("codes", scope.codes().stream().map(c -> c + "%").toArray(String[]::new))
			.param("today", today);
	}

	/** Rows (body, key, key_label, case_id, on_day, detail) of the cases matching. */
	private static String hits(Kind kind) {
		return switch (kind) {
			case FINE_AT_MAXIMUM -> """
					select c.name_org_id as body, '' as key, '' as key_label, c.id as case_id, c.decided_on as on_day,
					  c.fine::text || ' / ' || (case mv.fine_kind when 'AMOUNT' then mv.fine_max
					    else mv.multiple_max * c.base_amount end)::text as detail
					from penalty_case c""" + BODY + """
					join matter m on m.code = c.matter_code
					join matter_version mv on mv.matter_id = m.id and mv.version = c.matter_version
					where c.fine > 0 and c.decided_on is not null and""" + SCOPE + """
					  and c.fine >= (case mv.fine_kind when 'AMOUNT' then mv.fine_max
					    when 'MULTIPLE' then mv.multiple_max * c.base_amount end)""";
			case OFFICER_PAIR -> """
					select c.name_org_id as body, a.person_id || '-' || b.person_id as key,
					  pa.name || '、' || pb.name as key_label, c.id as case_id, coalesce(c.filed_on, c.decided_on) as on_day,
					  pa.name || '、' || pb.name as detail
					from penalty_case c""" + BODY + """
					join case_officer a on a.case_id = c.id
					join case_officer b on b.case_id = c.id and b.person_id > a.person_id
					join person pa on pa.id = a.person_id join person pb on pb.id = b.person_id
					where""" + SCOPE;
			case LATE_FILING_OR_ARCHIVING -> """
					select c.name_org_id as body, '' as key, '' as key_label, c.id as case_id, k.ended_on as on_day,
					  k.kind || ' ' || k.due_on || ' → ' || k.ended_on as detail
					from case_clock k join penalty_case c on c.id = k.case_id""" + BODY + """
					where k.kind in ('CLUE_VERIFICATION', 'CLOSING') and k.state = 'MET' and k.ended_on > k.due_on
					  and""" + SCOPE;
			case CLOSED_WITHOUT_PAYMENT -> """
					select c.name_org_id as body, '' as key, '' as key_label, c.id as case_id, c.closed_on as on_day,
					  c.fine::text || ' / ' || coalesce(c.paid_amount, 0)::text as detail
					from penalty_case c""" + BODY + """
					where c.stage = 'CLOSED' and c.fine > 0 and coalesce(c.paid_amount, 0) < c.fine and""" + SCOPE + """
					  and not exists (select 1 from execution_record r where r.subject_type = 'penalty_case'
					    and r.subject_id = c.id and r.action in ('end-enforcement', 'approved:end-enforcement'))""";
			case EVIDENCE_AFTER_DECISION -> """
					select c.name_org_id as body, '' as key, '' as key_label, c.id as case_id,
					  (e.collected_at at time zone 'Asia/Shanghai')::date as on_day,
					  e.title || ' ' || (e.collected_at at time zone 'Asia/Shanghai')::date || ' > ' || c.decided_on as detail
					from evidence e join penalty_case c on c.id = e.owner_id""" + BODY + """
					where e.owner_kind = 'CASE' and c.decided_on is not null
					  and (e.collected_at at time zone 'Asia/Shanghai')::date > c.decided_on and""" + SCOPE;
			case OVERDUE_CLOCK -> """
					select c.name_org_id as body, '' as key, '' as key_label, c.id as case_id, k.due_on as on_day,
					  k.kind || ' ' || k.due_on as detail
					from case_clock k join penalty_case c on c.id = k.case_id""" + BODY + """
					where k.state = 'RUNNING' and k.due_on < :today and k.kind in (""" + ALERTING_CLOCKS + ") and"
					+ SCOPE;
		};
	}

	/** Rows (body, n): the body's cases a share is taken of (decided fines; cases with two officers; all cases). */
	private static String sample(Kind kind) {
		String where = switch (kind) {
			case FINE_AT_MAXIMUM -> "c.fine > 0 and c.decided_on is not null";
			default -> "true";
		};
		return "select c.name_org_id as body, count(*) as n from penalty_case c" + BODY + "where " + where + " and"
				+ SCOPE + "group by c.name_org_id";
	}
}
