-- 事件受理与派遣: an event (诉求) from any channel, its routing, dispatch, reply and the reporter's rating.
-- The reporter's contact is kept for call-backs only and never shown publicly. Every state change is in the
-- full-process record (subject EVENT); the row holds the current state and the clocks.
create table intake_event (
    id                 bigint generated always as identity primary key,
    tracking_number    varchar(20)  not null unique,
    channel            varchar(20)  not null,
    external_id        varchar(64),
    request_type       varchar(20)  not null,
    matter_code        varchar(40),
    classification     varchar(500),
    description        varchar(4000) not null,
    division_code      varchar(12)  not null references division (code),
    township_code      varchar(9)   not null,
    grid_code          varchar(30),
    address            varchar(300),
    latitude           numeric(9, 6) check (latitude between -90 and 90),
    longitude          numeric(9, 6) check (longitude between -180 and 180),
    reporter_name      varchar(100),
    reporter_phone     varchar(30),
    reporter_email     varchar(200),
    priority           varchar(10)  not null,
    state              varchar(20)  not null,
    assigned_org_id    bigint references organization (id),
    routing_zh         varchar(1000),
    routing_en         varchar(1000),
    received_at        timestamptz  not null,
    received_by        bigint,
    dispatch_due_on    date         not null,
    dispatched_at      timestamptz,
    accept_due_at      timestamptz,
    accepted_at        timestamptz,
    reply_due_on       date,
    replied_at         timestamptz,
    reply              varchar(4000),
    return_count       int          not null default 0,
    reopen_count       int          not null default 0,
    urge_count         int          not null default 0,
    escalated          boolean      not null default false,
    satisfaction       varchar(20),
    rated_at           timestamptz,
    merged_into        bigint references intake_event (id),
    case_id            bigint,
    updated_at         timestamptz  not null,
    unique (channel, external_id),
    check ((latitude is null) = (longitude is null))
);
create index intake_event_division_idx on intake_event (division_code text_pattern_ops, state);
create index intake_event_assigned_idx on intake_event (assigned_org_id, state);
create index intake_event_duplicate_idx on intake_event (matter_code, township_code, received_at);

-- 退单: every return by a receiving unit, with its reason; counted against the unit.
create table intake_return (
    id          bigint generated always as identity primary key,
    event_id    bigint        not null references intake_event (id),
    org_id      bigint        not null references organization (id),
    reason      varchar(1000) not null,
    returned_at timestamptz   not null,
    returned_by bigint        not null
);
create index intake_return_org_idx on intake_return (org_id, returned_at);

-- 照片: small photographs sent with a report (JPEG or PNG, size-checked), shown to staff only.
create table intake_photo (
    id           bigint generated always as identity primary key,
    event_id     bigint       not null references intake_event (id),
    content_type varchar(20)  not null,
    size_bytes   int          not null,
    content      bytea        not null
);
create index intake_photo_event_idx on intake_photo (event_id);

-- 分类关键词规则: an administrator keeps them; a description that contains the keyword suggests the matter.
create table intake_keyword_rule (
    id          bigint generated always as identity primary key,
    keyword     varchar(50)  not null,
    matter_code varchar(40)  not null,
    weight      int          not null default 1 check (weight between 1 and 100),
    created_at  timestamptz  not null,
    unique (keyword, matter_code)
);

-- 争议: nobody or several bodies are responsible, or units refuse it; the county coordinating body decides.
create table intake_dispute (
    id             bigint generated always as identity primary key,
    event_id       bigint        not null references intake_event (id),
    county_code    varchar(6)    not null,
    reason         varchar(30)   not null,
    detail         varchar(1000) not null,
    opened_at      timestamptz   not null,
    decide_due_on  date          not null,
    decided_org_id bigint references organization (id),
    decision       varchar(1000),
    decided_at     timestamptz,
    decided_by     bigint,
    boundary_id    bigint
);
create index intake_dispute_county_idx on intake_dispute (county_code, decided_at);

-- 超时预警: one alert per event, kind and due moment, raised by the scan.
create table intake_alert (
    id        bigint generated always as identity primary key,
    event_id  bigint      not null references intake_event (id),
    kind      varchar(20) not null,
    due       timestamptz not null,
    raised_at timestamptz not null,
    unique (event_id, kind, due)
);

-- 限流: a token bucket per client address of the public channels, shared by every instance.
create table intake_rate_bucket (
    client       varchar(64)      primary key,
    tokens       double precision not null,
    refreshed_at timestamptz      not null,
    granted      boolean          not null
);
