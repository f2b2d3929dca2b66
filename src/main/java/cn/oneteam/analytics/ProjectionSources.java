package cn.oneteam.analytics;

import java.util.Map;

/**
 * What each kind of item adds to the dashboards' counters, read from the owning module's records by SQL
 * (docs/adr/0050-dashboards-and-projections.md, "Why the projection reads the records"). Each query returns rows
 * {@code item_id, division, body, measure, dim, day, n, amount} for the items {@code :ids} (or all, {@code :all});
 * the same text serves the listeners (one item) and the recount (all items), so that both agree by construction.
 * Days are Beijing days; a timed step is dated by its due day and counts once it was taken ({@code ON_TIME} when by its
 * due day or instant) or its due day has passed untaken ({@code LATE}); {@code :today} is the Beijing day of the
 * application's clock, so that a step's lateness is time-dependent and refreshed by {@link OverdueScan}.
 */
final class ProjectionSources {

	private ProjectionSources() {
	}

	private static final String CASES = """
			with c as (
			  select p.id, left(p.place_code, 9) as division, p.acting_org_id as body, p.stage, p.procedure,
			    coalesce((select m.domain from matter m where m.code = p.matter_code), 'UNKNOWN') as domain,
			    coalesce(p.filed_on, p.decided_on, (p.recorded_at at time zone 'Asia/Shanghai')::date) as start_day,
			    p.decided_on, p.fine, p.paid_on, p.paid_amount
			  from penalty_case p where (:all or p.id = any(:ids)))
			select id as item_id, division, body, 'case' as measure, stage as dim, start_day as day, 1 as n,
			  0::numeric as amount from c
			union all select id, division, body, 'case.domain', domain, start_day, 1, 0 from c
			union all select id, division, body, 'case.procedure', procedure, start_day, 1, 0 from c
			union all select c.id, c.division, c.body,
			    case k.kind when 'CLUE_VERIFICATION' then 'case.filing' when 'DECISION' then 'case.decision'
			      else 'case.payment' end,
			    case when k.state = 'MET' and k.ended_on <= k.due_on then 'ON_TIME' else 'LATE' end, k.due_on, 1, 0
			  from c join case_clock k on k.case_id = c.id
			  where k.kind in ('CLUE_VERIFICATION', 'DECISION', 'PAYMENT')
			    and (k.state in ('MET', 'LAPSED') or k.state = 'RUNNING' and k.due_on < :today)
			union all select id, division, body, 'fine.decided', 'FINE', decided_on, 1, fine from c
			  where fine is not null and decided_on is not null
			union all select id, division, body, 'fine.collected', 'PAID', paid_on, 1, paid_amount from c
			  where paid_on is not null and paid_amount is not null
			    and not exists (select 1 from case_instalment i where i.case_id = c.id)
			union all select c.id, c.division, c.body, 'fine.collected', 'PAID', i.paid_on, 1, i.amount
			  from c join case_instalment i on i.case_id = c.id where i.paid_on is not null""";

	private static final String EVENTS = """
			with e as (
			  select id, township_code as division, coalesce(assigned_org_id, 0) as body, channel,
			    (received_at at time zone 'Asia/Shanghai')::date as received_on, dispatch_due_on,
			    (dispatched_at at time zone 'Asia/Shanghai')::date as dispatched_on, arrived_at, arrive_due_at,
			    (replied_at at time zone 'Asia/Shanghai')::date as replied_on, reply_due_on, satisfaction,
			    (rated_at at time zone 'Asia/Shanghai')::date as rated_on, reopen_count,
			    (arrive_due_at at time zone 'Asia/Shanghai')::date as arrive_due_on
			  from intake_event where merged_into is null and (:all or id = any(:ids)))
			select id as item_id, division, body, 'event.channel' as measure, channel as dim, received_on as day,
			  1 as n, 0::numeric as amount from e
			union all select id, division, body, 'event.dispatch',
			    case when dispatched_on <= dispatch_due_on then 'ON_TIME' else 'LATE' end, dispatch_due_on, 1, 0
			  from e where dispatch_due_on is not null and (dispatched_on is not null
			    or dispatch_due_on < :today and replied_on is null)
			union all select id, division, body, 'event.arrival',
			    case when arrived_at <= arrive_due_at then 'ON_TIME' else 'LATE' end, arrive_due_on, 1, 0
			  from e where arrive_due_at is not null and (arrived_at is not null or arrive_due_on < :today)
			union all select id, division, body, 'event.reply',
			    case when replied_on <= reply_due_on then 'ON_TIME' else 'LATE' end, reply_due_on, 1, 0
			  from e where reply_due_on is not null and (replied_on is not null or reply_due_on < :today)
			union all select id, division, body, 'event.satisfaction', satisfaction, rated_on, 1, 0
			  from e where rated_on is not null and satisfaction is not null
			union all select id, division, body, 'event.reopened',
			    case when reopen_count > 0 then 'REOPENED' else 'NOT_REOPENED' end, replied_on, 1, 0
			  from e where replied_on is not null""";

	private static final String WHISTLES = """
			with s as (
			  select w.id, left(w.township_code, 9) as division, s.department_id as body, w.state,
			    (w.raised_at at time zone 'Asia/Shanghai')::date as raised_on, s.acknowledged_at, s.report_due_at,
			    s.arrived_at, s.arrive_due_at, (s.reported_at at time zone 'Asia/Shanghai')::date as reported_on,
			    s.resolve_due_on, r.score, (s.report_due_at at time zone 'Asia/Shanghai')::date as report_due_on,
			    (s.arrive_due_at at time zone 'Asia/Shanghai')::date as arrive_due_on
			  from whistle w join whistle_summons s on s.whistle_id = w.id
			  left join whistle_rating r on r.summons_id = s.id
			  where (:all or w.id = any(:ids)))
			select id as item_id, division, body, 'whistle.summons' as measure, state as dim, raised_on as day,
			  1 as n, 0::numeric as amount from s
			union all select id, division, body, 'whistle.report',
			    case when acknowledged_at <= report_due_at then 'ON_TIME' else 'LATE' end, report_due_on, 1, 0
			  from s where acknowledged_at is not null or report_due_on < :today
			union all select id, division, body, 'whistle.arrival',
			    case when arrived_at <= arrive_due_at then 'ON_TIME' else 'LATE' end, arrive_due_on, 1, 0
			  from s where arrived_at is not null or arrive_due_on < :today
			union all select id, division, body, 'whistle.result',
			    case when reported_on <= resolve_due_on then 'ON_TIME' else 'LATE' end, resolve_due_on, 1, 0
			  from s where reported_on is not null or resolve_due_on < :today
			union all select id, division, body, 'whistle.rating', 'SCORE', raised_on, 1, score
			  from s where score is not null""";

	private static final String VISITS = """
			with v as (
			  select id, left(division_code, 9) as division, lead_department_id as body,
			    case state when 'PUBLISHED' then 'RECORDED' else state end as state, kind, outcome,
			    coalesce(inspected_on, window_from) as day,
			    case when state = 'CANCELLED' then 0 else greatest((select count(*) from inspection_visit_part p
			      where p.visit_id = inspection_visit.id and p.withdrawn_at is null) - 1, 0) end as spared
			  from inspection_visit where (:all or id = any(:ids)))
			select id as item_id, division, body, 'inspection.visit' as measure, state as dim, day, 1 as n,
			  spared::numeric as amount from v
			union all select id, division, body, 'inspection.kind', kind, day, 1, 0 from v where state <> 'CANCELLED'
			union all select id, division, body, 'inspection.outcome', outcome, day, 1, 0 from v where outcome is not null""";

	/** The query of each kind of item. */
	static final Map<Projections.Kind, String> SOURCES = Map.of(Projections.Kind.CASE, CASES, Projections.Kind.EVENT,
			EVENTS, Projections.Kind.WHISTLE, WHISTLES, Projections.Kind.VISIT, VISITS);
}
