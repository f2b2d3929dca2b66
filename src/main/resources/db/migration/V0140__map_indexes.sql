-- 地图 (docs/adr/0052-the-map.md): the map counts events, cases and inspections of a period under a division code
-- prefix; these indexes let it read only the territory and the period.
create index intake_event_map_idx on intake_event (division_code text_pattern_ops, received_at);
create index penalty_case_map_idx on penalty_case (place_code text_pattern_ops, recorded_at);
create index inspection_visit_map_idx on inspection_visit (division_code text_pattern_ops, inspected_on)
    where state in ('RECORDED', 'PUBLISHED');
