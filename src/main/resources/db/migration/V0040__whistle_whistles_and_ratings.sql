-- 吹哨报到 (whistle and report) and 一事一评 (per-event rating).

-- Whistle types with their default response requirements; a whistle may set its own within the bounds of
-- ResponseRequirement.
create table whistle_type (
    code                 varchar(32) primary key,
    name_zh              varchar(64) not null,
    name_en              varchar(64) not null,
    report_minutes       integer     not null,
    arrive_minutes       integer     not null,
    resolve_working_days integer     not null,
    position             integer     not null default 0
);
insert into whistle_type (code, name_zh, name_en, report_minutes, arrive_minutes, resolve_working_days, position)
values ('ROUTINE', '日常吹哨', 'Routine whistle', 30, 120, 5, 1),
       ('EMERGENCY', '应急吹哨', 'Emergency whistle', 10, 30, 1, 2);

-- The weight of township ratings in a responder's assessment, per kind of responder (reform documents: 30 % for
-- departments, 60 %–100 % for stationed bodies).
create table whistle_rating_weight (
    responder_kind varchar(32) primary key,
    weight_percent integer     not null check (weight_percent between 0 and 100)
);
insert into whistle_rating_weight (responder_kind, weight_percent)
values ('DEPARTMENT', 30), ('ENFORCEMENT_BUREAU', 30), ('STATIONED', 60);

-- The dimensions a township rates, each 1–5.
create table whistle_rating_dimension (
    code     varchar(32) primary key,
    name_zh  varchar(64) not null,
    name_en  varchar(64) not null,
    position integer     not null
);
insert into whistle_rating_dimension (code, name_zh, name_en, position)
values ('SPEED', '响应速度', 'Speed of response', 1),
       ('EFFECT', '处置效果', 'Effect of handling', 2),
       ('COOPERATION', '协作配合', 'Cooperation', 3),
       ('SATISFACTION', '结果满意', 'Satisfaction with the result', 4);

create table whistle (
    id                   bigserial primary key,
    township_code        varchar(12)  not null,
    raised_by_org_id     bigint       not null,
    raised_by_account_id bigint       not null,
    type_code            varchar(32)  not null references whistle_type (code),
    need                 varchar(2000) not null,
    place_code           varchar(12)  not null,
    place_text           varchar(200) not null,
    -- an event of intake (事件受理); no foreign key: intake may be deployed later (see WhistleEvents)
    event_id             bigint,
    -- the requirement of this whistle (its type's default unless set)
    report_minutes       integer      not null,
    arrive_minutes       integer      not null,
    resolve_working_days integer      not null,
    state                varchar(16)  not null,
    reopen_count         integer      not null default 0,
    raised_at            timestamptz  not null,
    recorded_at          timestamptz  not null,
    closed_at            timestamptz
);
create index whistle_township on whistle (township_code, raised_at);
create index whistle_event on whistle (event_id) where event_id is not null;

-- One summoned responder of a whistle, with its three clocks.
create table whistle_summons (
    id                   bigserial primary key,
    whistle_id           bigint       not null references whistle (id),
    department_id        bigint       not null,
    responder_kind       varchar(32)  not null,
    state                varchar(16)  not null,
    report_due_at        timestamptz  not null,
    arrive_due_at        timestamptz  not null,
    resolve_due_on       date         not null,
    resolve_provisional  boolean      not null,
    acknowledged_at      timestamptz,
    arrived_at           timestamptz,
    arrival_place        varchar(200),
    arrival_latitude     numeric(9, 6),
    arrival_longitude    numeric(9, 6),
    reported_at          timestamptz,
    result               varchar(2000),
    urge_count           integer      not null default 0,
    unique (whistle_id, department_id)
);
create index whistle_summons_whistle on whistle_summons (whistle_id);
create index whistle_summons_department on whistle_summons (department_id, state);

-- Overdue alerts, one per summons and clock, raised by the scan.
create table whistle_alert (
    id         bigserial primary key,
    summons_id bigint      not null references whistle_summons (id),
    clock      varchar(16) not null,
    due_at     timestamptz not null,
    raised_at  timestamptz not null,
    unique (summons_id, clock)
);

create table whistle_rating (
    id            bigserial primary key,
    summons_id    bigint        not null unique references whistle_summons (id),
    rated_by      bigint        not null,
    rated_at      timestamptz   not null,
    score         numeric(5, 2) not null,
    comment       varchar(1000)
);

create table whistle_rating_score (
    rating_id      bigint      not null references whistle_rating (id),
    dimension_code varchar(32) not null references whistle_rating_dimension (code),
    score          integer     not null check (score between 1 and 5),
    primary key (rating_id, dimension_code)
);
