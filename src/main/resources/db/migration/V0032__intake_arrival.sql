-- 到场: the receiving unit reports arrival on the spot; its clock per priority starts at dispatch. The place of
-- arrival is optional (WGS-84, both or neither).
alter table intake_event
    add column arrive_due_at     timestamptz,
    add column arrived_at        timestamptz,
    add column arrived_latitude  numeric(9, 6) check (arrived_latitude between -90 and 90),
    add column arrived_longitude numeric(9, 6) check (arrived_longitude between -180 and 180),
    add constraint intake_event_arrived_place check ((arrived_latitude is null) = (arrived_longitude is null));
