-- The overdue scan (docs/adr/0050-dashboards-and-projections.md, "Time alone"): each branch of its query reads, by
-- the due day, only the items whose step is still untaken, not the whole table. A case's running clocks have theirs
-- already (case_clock_running_idx, V0013).
create index intake_event_dispatch_untaken_idx on intake_event (dispatch_due_on)
    where dispatched_at is null and replied_at is null and merged_into is null;
create index intake_event_arrival_untaken_idx on intake_event (arrive_due_at)
    where arrived_at is null and replied_at is null and merged_into is null;
create index intake_event_reply_untaken_idx on intake_event (reply_due_on)
    where replied_at is null and merged_into is null;
create index whistle_summons_report_untaken_idx on whistle_summons (report_due_at) where acknowledged_at is null;
create index whistle_summons_arrival_untaken_idx on whistle_summons (arrive_due_at) where arrived_at is null;
create index whistle_summons_result_untaken_idx on whistle_summons (resolve_due_on) where reported_at is null;
