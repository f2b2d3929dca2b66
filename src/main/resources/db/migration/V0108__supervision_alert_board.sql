-- 预警 (docs/adr/0036-supervisors-alert-board.md): the supervisor's alert board. Each irregularity pattern's threshold
-- is data — the value (a share in per cent, a count of records, or a number of returns, by pattern), the smallest
-- sample (a body's cases considered) below which no share is judged, and whether the pattern is on. The defaults
-- below are local configuration [U]: no reference gives a number; the supervising 司法局 edits them, each change kept.
create table supervision_alert_threshold (
    code        varchar(40)   primary key,
    threshold   numeric(7, 2) not null check (threshold > 0),
    min_sample  int           not null check (min_sample >= 0),
    enabled     boolean       not null,
    updated_by  bigint,
    updated_at  timestamptz   not null default now()
);

insert into supervision_alert_threshold (code, threshold, min_sample, enabled) values
    ('FINE_AT_MAXIMUM', 30, 10, true),          -- per cent of a body's decided fines at the statutory maximum
    ('OFFICER_PAIR', 60, 10, true),             -- per cent of a body's cases with two officers handled by one pair
    ('LATE_FILING_OR_ARCHIVING', 1, 0, true),   -- cases filed after verification or closed after the closing period
    ('CLOSED_WITHOUT_PAYMENT', 1, 0, true),     -- cases closed with a fine neither paid nor its enforcement ended
    ('UNCODED_INSPECTION', 1, 0, true),         -- visits recorded without their code in the last 30 days
    ('EVIDENCE_AFTER_DECISION', 1, 0, true),    -- cases with evidence collected after the decision
    ('REPEATED_RETURNS', 3, 0, true),           -- returns of one event
    ('UNANSWERED_WHISTLE', 1, 0, true);         -- summonses not acknowledged by their report deadline

-- Every change of a threshold: before and after, who and when. Rows are only added.
create table supervision_alert_threshold_change (
    id                bigint generated always as identity primary key,
    code              varchar(40)   not null references supervision_alert_threshold (code),
    threshold_before  numeric(7, 2) not null,
    threshold_after   numeric(7, 2) not null,
    min_sample_before int           not null,
    min_sample_after  int           not null,
    enabled_before    boolean       not null,
    enabled_after     boolean       not null,
    changed_by        bigint        not null,
    changed_at        timestamptz   not null
);
create index supervision_alert_threshold_change_code_idx on supervision_alert_threshold_change (code, changed_at);

-- What the supervisor did about an alert: a question put to the body (ASK) or a note (NOTE). Rows are only added.
create table supervision_alert_action (
    id          bigint generated always as identity primary key,
    pattern     varchar(40)   not null,
    body_id     bigint        not null references organization (id),
    ref_key     varchar(100)  not null default '',
    kind        varchar(10)   not null check (kind in ('ASK', 'NOTE')),
    text        varchar(2000) not null,
    recorded_by bigint        not null,
    recorded_at timestamptz   not null
);
create index supervision_alert_action_body_idx on supervision_alert_action (pattern, body_id, recorded_at);
