-- 预警 (docs/adr/0036-supervisors-alert-board.md). Thresholds per supervising organisation: the rows without an
-- organisation are the shipped defaults; a 司法局's edit writes its own row, which its board uses instead of the default.
alter table supervision_alert_threshold drop constraint supervision_alert_threshold_pkey cascade;
alter table supervision_alert_threshold add column id bigint generated always as identity primary key;
alter table supervision_alert_threshold add column organization_id bigint references organization (id);
alter table supervision_alert_threshold add constraint supervision_alert_threshold_org_code
    unique nulls not distinct (organization_id, code);
alter table supervision_alert_threshold_change add column organization_id bigint references organization (id);
create index supervision_alert_threshold_change_org_idx on supervision_alert_threshold_change (organization_id, changed_at);

-- A question (ASK) reaches the body asked: its staff answer it once, the answer recorded with who and when.
alter table supervision_alert_action add column answer      varchar(2000);
alter table supervision_alert_action add column answered_by bigint;
alter table supervision_alert_action add column answered_at timestamptz;
alter table supervision_alert_action add constraint supervision_alert_action_answer
    check ((answer is null) = (answered_at is null) and (answer is null) = (answered_by is null)
           and (answer is null or kind = 'ASK'));
create index supervision_alert_action_ask_idx on supervision_alert_action (body_id, recorded_at) where kind = 'ASK';
