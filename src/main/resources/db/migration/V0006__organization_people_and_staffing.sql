-- 执法主体类型: how a body holds its powers (own power, empowered township, delegated organisation, stationed body).
alter table organization add column body_type varchar(30);

-- 队伍: brigades, squads and the county teams stationed in townships (派驻执法组).
create table team (
    id              bigint generated always as identity primary key,
    organization_id bigint       not null references organization (id),
    name            varchar(200) not null,
    kind            varchar(20)  not null check (kind in ('BRIGADE', 'SQUAD', 'STATIONED_GROUP')),
    township_code   varchar(12) references division (code),
    constraint team_stationed_in_township check ((kind = 'STATIONED_GROUP') = (township_code is not null))
);
create index team_organization_idx on team (organization_id);

-- 编制: authorised posts per body and kind; filled posts are counted from people, never stored.
create table staffing_quota (
    organization_id bigint      not null references organization (id),
    post_kind       varchar(20) not null check (post_kind in ('ADMINISTRATIVE', 'PUBLIC_INSTITUTION', 'SERVICE')),
    authorised      integer     not null check (authorised >= 0),
    primary key (organization_id, post_kind)
);

-- 机构改革: how many enforcement teams a body merged (精简比例 = (before - after) / before).
create table consolidation (
    organization_id bigint  primary key references organization (id),
    teams_before    integer not null check (teams_before > 0),
    teams_after     integer not null check (teams_after > 0 and teams_after <= teams_before),
    decided_on      date    not null
);

-- 人员: officers and other establishment staff, auxiliaries, grid workers.
create table person (
    id                 bigint generated always as identity primary key,
    organization_id    bigint       not null references organization (id),
    team_id            bigint references team (id),
    name               varchar(100) not null,
    category           varchar(20)  not null check (category in ('ESTABLISHMENT', 'AUXILIARY', 'GRID_WORKER')),
    post_kind          varchar(20) check (post_kind in ('ADMINISTRATIVE', 'PUBLIC_INSTITUTION', 'SERVICE')),
    legal_reviewer     boolean      not null default false,
    legal_qualified    boolean      not null default false,
    account_id         bigint unique, -- the person's sign-in account (identity), if any
    joined_on          date         not null,
    left_on            date,
    constraint person_post_only_on_establishment check ((category = 'ESTABLISHMENT') = (post_kind is not null)),
    constraint person_left_after_joined check (left_on is null or left_on >= joined_on)
);
create index person_organization_idx on person (organization_id);

-- 执法证: a certificate and what it covers; its history is kept in certificate_event.
create table certificate (
    id                bigint generated always as identity primary key,
    person_id         bigint       not null references person (id),
    number            varchar(64)  not null unique,
    issuing_authority varchar(200) not null,
    domains           varchar(40)[] not null,
    valid_from        date         not null,
    valid_to          date         not null,
    constraint certificate_period check (valid_to >= valid_from)
);
create index certificate_person_idx on certificate (person_id);

create table certificate_event (
    id             bigint generated always as identity primary key,
    certificate_id bigint      not null references certificate (id),
    kind           varchar(20) not null check (kind in ('ISSUED', 'SUSPENDED', 'REINSTATED', 'REVOKED', 'YEARLY_CHECK_PASSED', 'YEARLY_CHECK_FAILED')),
    effective_on   date        not null,
    note           varchar(500),
    recorded_at    timestamptz not null
);
create index certificate_event_certificate_idx on certificate_event (certificate_id, effective_on, id);

-- 培训与考试.
create table training_record (
    id        bigint generated always as identity primary key,
    person_id bigint        not null references person (id),
    course    varchar(200)  not null,
    hours     numeric(6, 1) not null check (hours > 0),
    taken_on  date          not null
);

create table exam_result (
    id        bigint generated always as identity primary key,
    person_id bigint        not null references person (id),
    exam      varchar(200)  not null,
    taken_on  date          not null,
    score     numeric(5, 1) not null check (score >= 0),
    passed    boolean       not null
);
