-- 普通程序 (处罚法 §54–§65, legal-rules.md §12): the case's stage and findings, its statutory clocks with their moves,
-- configurable approval chains and requests, hearing thresholds, transfers and alerts.
alter table penalty_case
    alter column decided_on drop not null,
    add column discovered_on        date,
    add column act_on               date,
    add column act_ended_on         date,
    add column life_health_harm     boolean not null default false,
    add column party_birth_date     date,
    add column source               varchar(40),
    add column filed_on             date,
    add column handler_account_id   bigint references account (id),
    add column outcome              varchar(30),
    add column proposed_kinds       varchar(40)[] not null default '{}',
    add column proposed_fine        numeric(14, 2),
    add column confiscated_value    numeric(14, 2),
    add column tier                 varchar(20),
    add column circumstances        varchar(40)[] not null default '{}',
    add column mitigation_reason    varchar(500),
    add column complex_or_major     boolean not null default false,
    add column major_public_interest boolean not null default false,
    add column major_rights         boolean not null default false,
    add column multiple_relations   boolean not null default false,
    add column review_by_law        boolean not null default false,
    add column same_act_fined       boolean not null default false,
    add column legal_review_passed  boolean not null default false,
    add column case_review_passed   boolean not null default false,
    add column notice_served_on     date,
    add column notified_kinds       varchar(40)[] not null default '{}',
    add column notified_fine        numeric(14, 2),
    add column hearing_notified     boolean not null default false,
    add column party_responded      boolean not null default false,
    add column party_waived         boolean not null default false,
    add column hearing_requested    boolean not null default false,
    add column hearing_on           date,
    add column hearing_held         boolean not null default false,
    add column collective_on        date,
    add column served_on            date,
    add column service_method       varchar(20),
    add column paid_amount          numeric(14, 2),
    add column paid_on              date,
    add column closed_on            date,
    add column suspended_from_stage varchar(30),
    add column legal_reviewer_id    bigint references person (id),
    add column lock_version         bigint not null default 0;
create index penalty_case_stage_idx on penalty_case (stage);

-- 期限: one running statutory period of a case. The due date is recomputed from the start, the statutory length, the
-- approved extensions and the paused units (suspension, hearing, testing), so that every move is exact.
create table case_clock (
    id            bigint generated always as identity primary key,
    case_id       bigint      not null references penalty_case (id),
    kind          varchar(30) not null,
    unit          varchar(15) not null check (unit in ('WORKING_DAYS', 'DAYS', 'HOURS')),
    started_on    date        not null,
    started_at    timestamptz,
    length_units  integer     not null check (length_units > 0),
    extended_units integer    not null default 0,
    paused_units  integer     not null default 0,
    paused_since  date,
    due_on        date        not null,
    due_at        timestamptz,
    provisional   boolean     not null default false,
    state         varchar(15) not null check (state in ('RUNNING', 'PAUSED', 'MET', 'LAPSED', 'CANCELLED')),
    ended_on      date
);
create index case_clock_case_idx on case_clock (case_id);
create index case_clock_running_idx on case_clock (due_on) where state = 'RUNNING';

-- 期限变动: every move of a due date, with its reason.
create table clock_move (
    id           bigint generated always as identity primary key,
    clock_id     bigint      not null references case_clock (id),
    reason       varchar(30) not null,
    previous_due date        not null,
    new_due      date        not null,
    moved_at     timestamptz not null,
    moved_by     bigint      not null
);
create index clock_move_clock_idx on clock_move (clock_id);

-- 审批链: which roles approve an action for a body, in order. A body without its own chain uses the defaults.
create table approval_chain (
    organization_id bigint      not null references organization (id),
    action          varchar(30) not null,
    steps           varchar(30)[] not null check (cardinality(steps) between 1 and 6),
    updated_by      bigint      not null,
    updated_at      timestamptz not null,
    primary key (organization_id, action)
);

-- 审批: an action that waits for its chain; applied when the last step approves.
create table approval_request (
    id            bigint generated always as identity primary key,
    case_id       bigint       not null references penalty_case (id),
    action        varchar(30)  not null,
    payload       text         not null,
    steps         varchar(30)[] not null,
    next_step     integer      not null default 1,
    state         varchar(15)  not null check (state in ('PENDING', 'APPROVED', 'REJECTED')),
    requested_by  bigint       not null references account (id),
    requested_at  timestamptz  not null,
    organization_id bigint     not null references organization (id)
);
create unique index approval_request_one_pending on approval_request (case_id) where state = 'PENDING';
create index approval_request_inbox_idx on approval_request (organization_id, state);

create table approval_step (
    request_id  bigint       not null references approval_request (id),
    step_no     integer      not null,
    role        varchar(30)  not null,
    decided_by  bigint       not null references account (id),
    approved    boolean      not null,
    comment     varchar(500),
    decided_at  timestamptz  not null,
    primary key (request_id, step_no)
);

-- 听证"较大数额": thresholds per body and domain (legal-rules.md Q2); a body without a row uses the configured default.
create table hearing_threshold (
    organization_id bigint        not null references organization (id),
    domain          varchar(30)   not null,
    natural_person  numeric(14, 2) not null check (natural_person > 0),
    organisation    numeric(14, 2) not null check (organisation > 0),
    primary key (organization_id, domain)
);

-- 案件移送: to another administrative body, or to the public security organ (国务院令第310号).
create table case_transfer (
    id            bigint generated always as identity primary key,
    case_id       bigint       not null references penalty_case (id),
    kind          varchar(15)  not null check (kind in ('JUDICIARY', 'BODY')),
    receiver      varchar(200) not null,
    reason        varchar(2000) not null,
    reported_on   date         not null,
    sent_at       timestamptz,
    answered_on   date,
    accepted      boolean,
    answer_note   varchar(1000),
    reconsideration_on date,
    fine_paid     numeric(14, 2)
);
create index case_transfer_case_idx on case_transfer (case_id);

-- 复议/诉讼: periods during which the late-payment surcharge is not counted (处罚法 §73).
create table case_remedy (
    id        bigint generated always as identity primary key,
    case_id   bigint      not null references penalty_case (id),
    kind      varchar(20) not null check (kind in ('RECONSIDERATION', 'LITIGATION')),
    from_on   date        not null,
    to_on     date
);

-- 预警: raised by the scheduled scan; one per clock, kind and due date, so several instances never duplicate.
create table case_alert (
    id        bigint generated always as identity primary key,
    case_id   bigint      not null references penalty_case (id),
    clock_id  bigint      not null references case_clock (id),
    kind      varchar(15) not null check (kind in ('DUE_SOON', 'OVERDUE')),
    due_on    date        not null,
    raised_at timestamptz not null,
    unique (clock_id, kind, due_on)
);
create index case_alert_case_idx on case_alert (case_id);
