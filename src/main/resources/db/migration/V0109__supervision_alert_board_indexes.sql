-- 预警 (docs/adr/0036-supervisors-alert-board.md): partial indexes for the alert board's patterns, which match a few
-- rows among many — periods met late, cases closed without their fine paid — and the body of a case for a body's
-- drill-down. Measured with bench/alerts.sh over 100,000 generated cases.
create index case_clock_met_late_idx on case_clock (case_id)
    where kind in ('CLUE_VERIFICATION', 'CLOSING') and state = 'MET' and ended_on > due_on;
create index penalty_case_closed_unpaid_idx on penalty_case (name_org_id)
    where stage = 'CLOSED' and fine > 0 and coalesce(paid_amount, 0) < fine;
create index penalty_case_name_org_idx on penalty_case (name_org_id);
