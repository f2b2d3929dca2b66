-- 执法事项基准库: matters with unified codes; what a matter says is versioned, so a case keeps the version it
-- was decided under.
create table matter (
    id     bigint generated always as identity primary key,
    code   varchar(40) not null unique,
    domain varchar(40) not null,
    kind   varchar(20) not null check (kind in ('PENALTY', 'COERCION', 'INSPECTION')),
    level  varchar(20) not null check (level in ('PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP'))
);

create table matter_version (
    id               bigint generated always as identity primary key,
    matter_id        bigint        not null references matter (id),
    version          integer       not null,
    name             varchar(300)  not null,
    violated_law     varchar(200),
    violated_article varchar(100),
    penalty_law      varchar(200)  not null,
    penalty_article  varchar(100)  not null,
    penalty_kinds    varchar(40)[] not null,
    fine_kind        varchar(20)   not null check (fine_kind in ('NONE', 'AMOUNT', 'MULTIPLE')),
    fine_min         numeric(14, 2),
    fine_max         numeric(14, 2),
    multiple_min     numeric(8, 2),
    multiple_max     numeric(8, 2),
    multiple_base    varchar(40),
    effective_from   date          not null,
    effective_to     date,
    recorded_at      timestamptz   not null,
    unique (matter_id, version),
    constraint matter_version_period check (effective_to is null or effective_to >= effective_from),
    constraint matter_version_amount check (fine_kind <> 'AMOUNT' or (fine_max is not null and (fine_min is null or fine_min <= fine_max))),
    constraint matter_version_multiple check (fine_kind <> 'MULTIPLE' or (multiple_max is not null and multiple_base is not null and (multiple_min is null or multiple_min <= multiple_max)))
);
create index matter_version_matter_idx on matter_version (matter_id, effective_from);

-- 赋权清单: which township may enforce which matter, how (赋权 / 委托 / 派驻), under which instrument, when.
create table empowerment (
    id                   bigint generated always as identity primary key,
    township_code        varchar(12)  not null references division (code),
    matter_id            bigint       not null references matter (id),
    mode                 varchar(20)  not null check (mode in ('EMPOWERED', 'DELEGATED', 'STATIONED')),
    acting_org_id        bigint       not null references organization (id),
    name_org_id          bigint       not null references organization (id),
    instrument_number    varchar(100) not null,
    instrument_published date         not null,
    instrument_term_to   date,
    effective_from       date         not null,
    effective_to         date,
    recorded_at          timestamptz  not null,
    constraint empowerment_period check (effective_to is null or effective_to >= effective_from)
);
create index empowerment_township_idx on empowerment (township_code, matter_id);

-- 职责边界: per matter and territory, who approves, who supervises (行业主管), who enforces.
create table responsibility_boundary (
    id                 bigint generated always as identity primary key,
    matter_id          bigint       not null references matter (id),
    division_code      varchar(12)  not null references division (code),
    approving_unit     varchar(200),
    supervising_org_id bigint references organization (id),
    enforcing_org_id   bigint       not null references organization (id),
    effective_from     date         not null,
    effective_to       date,
    recorded_at        timestamptz  not null,
    constraint boundary_period check (effective_to is null or effective_to >= effective_from)
);
create index boundary_matter_idx on responsibility_boundary (matter_id, division_code);
