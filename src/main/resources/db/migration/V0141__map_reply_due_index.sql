-- 地图 (docs/adr/0052-the-map.md): the rate of replies closed on time counts events by the day their reply fell due;
-- with this index that count reads only the territory's due days of the period, as V0140's does for received events.
create index intake_event_map_due_idx on intake_event (division_code text_pattern_ops, reply_due_on)
    where merged_into is null;
