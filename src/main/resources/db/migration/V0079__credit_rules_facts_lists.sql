-- 信用监管 (docs/adr/0022-credit-and-risk.md, docs/legal/credit.md): the rules as data, the facts that count, the
-- class history, the 经营异常名录 and 严重违法失信名单 entries and credit repair. Nothing is ever deleted.

-- What each kind of fact weighs and how long it counts; a kind may force a class (the serious list forces D).
create table credit_rule (
    kind          varchar(24)  primary key check (kind in ('PENALTY_GENERAL', 'PENALTY_SIMPLE', 'PENALTY_WARNING',
                    'HEAVIER_PENALTY', 'ABNORMAL_LISTED', 'SERIOUS_LISTED', 'COMPLAINT_UPHELD', 'INSPECTION_FAILED')),
    weight        integer      not null check (weight between 0 and 1000),
    counts_months integer      not null check (counts_months between 1 and 120),
    forces_class  varchar(1)   check (forces_class in ('A', 'B', 'C', 'D')),
    updated_at    timestamptz,
    updated_by    bigint
);

-- Our own weights (no text gives points per fact); periods after the publication and list terms of docs/legal/credit.md.
insert into credit_rule (kind, weight, counts_months, forces_class) values
    ('PENALTY_GENERAL',   10, 36, null),
    ('PENALTY_SIMPLE',     2, 12, null),
    ('PENALTY_WARNING',    1, 12, null),
    ('HEAVIER_PENALTY',   30, 36, null),
    ('ABNORMAL_LISTED',   15, 36, null),
    ('SERIOUS_LISTED',    60, 36, 'D'),
    ('COMPLAINT_UPHELD',   3, 12, null),
    ('INSPECTION_FAILED', 10, 12, null);

-- A subject is in the highest class whose minimum score its score reaches; A starts at 0.
create table credit_class_threshold (
    class      varchar(1)  primary key check (class in ('A', 'B', 'C', 'D')),
    min_score  integer     not null check (min_score >= 0),
    updated_at timestamptz,
    updated_by bigint
);

insert into credit_class_threshold (class, min_score) values ('A', 0), ('B', 10), ('C', 30), ('D', 60);

-- 经营异常名录 (ABNORMAL, with its ground) and 严重违法失信名单 (SERIOUS, with the case or decision it rests on).
create table credit_list_entry (
    id               bigint generated always as identity primary key,
    subject_id       bigint       not null references market_subject (id),
    list             varchar(8)   not null check (list in ('ABNORMAL', 'SERIOUS')),
    ground           varchar(32)  check (ground in ('ANNUAL_REPORT', 'INFORMATION_NOT_PUBLISHED',
                       'FALSE_INFORMATION', 'UNREACHABLE')),
    reason           varchar(1000) not null check (length(btrim(reason)) > 0),
    deciding_body    varchar(200) not null check (length(btrim(deciding_body)) > 0),
    case_id          bigint,
    decision_number  varchar(100),
    listed_on        date         not null,
    term_ends_on     date         not null,
    listed_by        bigint       not null,
    listed_at        timestamptz  not null,
    removed_on       date,
    removal_reason   varchar(1000),
    removed_by       bigint,
    check ((list = 'ABNORMAL') = (ground is not null)),
    check ((list = 'SERIOUS') = (case_id is not null or decision_number is not null)),
    check ((removed_on is null) = (removal_reason is null)),
    check (removed_on is null or removed_on >= listed_on)
);

-- one open entry per subject and list
create unique index credit_list_entry_open on credit_list_entry (subject_id, list) where removed_on is null;

-- A fact that counts towards the class: a decided penalty (source case:<id>), a list entry (list:<id>), later a
-- complaint upheld or an inspection failed. counts_until: the last day it counts; ended_on: the day it stopped early
-- (a list entry removed, a repair approved). The publication dates of a penalty for the public portal.
create table credit_fact (
    id                 bigint generated always as identity primary key,
    subject_id         bigint        not null references market_subject (id),
    kind               varchar(24)   not null references credit_rule (kind),
    source             varchar(60)   not null,
    occurred_on        date          not null,
    counts_until       date          not null,
    ended_on           date,
    reason             varchar(1000) not null,
    case_id            bigint,
    matter_code        varchar(64),
    decision_number    varchar(100),
    fine               numeric(14, 2),
    fine_paid          boolean       not null default false,
    publish_until_gsxt date,
    publish_until_ndrc date,
    recorded_at        timestamptz   not null,
    unique (source, kind)
);

create index credit_fact_subject on credit_fact (subject_id);
create index credit_fact_case on credit_fact (case_id) where case_id is not null;

-- Each new class or score of a subject, with the facts that counted (reasons: [{fact, kind, weight}]).
create table credit_grade_history (
    id          bigint generated always as identity primary key,
    subject_id  bigint       not null references market_subject (id),
    class       varchar(1)   not null check (class in ('A', 'B', 'C', 'D')),
    score       integer      not null,
    computed_at timestamptz  not null,
    cause       varchar(60)  not null,
    reasons     jsonb        not null
);

create index credit_grade_history_subject on credit_grade_history (subject_id, id desc);

-- 信用修复: an application to end a fact's publication and counting, decided by credit:manage with reasons.
create table credit_repair (
    id           bigint generated always as identity primary key,
    subject_id   bigint        not null references market_subject (id),
    fact_id      bigint        not null references credit_fact (id),
    ground       varchar(1000) not null check (length(btrim(ground)) > 0),
    applied_on   date          not null,
    applied_by   bigint        not null,
    status       varchar(8)    not null check (status in ('PENDING', 'APPROVED', 'REFUSED')),
    decided_by   bigint,
    decided_at   timestamptz,
    decision     varchar(1000),
    check ((status = 'PENDING') = (decided_at is null))
);

create unique index credit_repair_pending on credit_repair (fact_id) where status = 'PENDING';
