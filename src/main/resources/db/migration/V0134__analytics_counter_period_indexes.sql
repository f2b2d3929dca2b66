-- The dashboards' counters by period first (docs/adr/0050-dashboards-and-projections.md, "Scale: what was measured"):
-- a province's or prefecture's view matches nearly every division code by its prefix, so the division-first indexes
-- do not narrow it; these find a month's or a few edge days' rows of the whole table.
create index analytics_counter_month_period_idx on analytics_counter_month (month, division_code text_pattern_ops);
create index analytics_counter_period_idx on analytics_counter (day, division_code text_pattern_ops);
