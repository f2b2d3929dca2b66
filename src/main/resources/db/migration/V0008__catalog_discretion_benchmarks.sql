-- 裁量基准 (国办发〔2022〕27号): tiers with conditions and a fine range (or multiple range) inside the statutory one.
create table discretion_benchmark (
    id                bigint generated always as identity primary key,
    matter_id         bigint       not null references matter (id),
    issuing_authority varchar(200) not null,
    published_ref     varchar(200) not null,
    effective_from    date         not null,
    effective_to      date,
    recorded_at       timestamptz  not null,
    constraint benchmark_period check (effective_to is null or effective_to >= effective_from)
);
create index discretion_benchmark_matter_idx on discretion_benchmark (matter_id, effective_from);

create table discretion_tier (
    id            bigint generated always as identity primary key,
    benchmark_id  bigint        not null references discretion_benchmark (id),
    tier          varchar(20)   not null check (tier in ('NO_PENALTY', 'EXEMPT', 'MITIGATED', 'LIGHTER', 'ORDINARY', 'HEAVIER')),
    party_type    varchar(20)   not null check (party_type in ('ANY', 'NATURAL_PERSON', 'ORGANISATION')),
    conditions    jsonb         not null,
    penalty_kinds varchar(40)[] not null,
    fine_min      numeric(14, 2),
    fine_max      numeric(14, 2)
);
create index discretion_tier_benchmark_idx on discretion_tier (benchmark_id);

-- 三张清单 (包容审慎): published no-penalty, mitigated and lighter lists, linked to matters and conditions.
create table lenient_list (
    id                bigint generated always as identity primary key,
    kind              varchar(20)  not null check (kind in ('NO_PENALTY', 'MITIGATED', 'LIGHTER')),
    title             varchar(300) not null,
    issuing_authority varchar(200) not null,
    effective_from    date         not null,
    effective_to      date,
    recorded_at       timestamptz  not null
);

create table lenient_item (
    id         bigint generated always as identity primary key,
    list_id    bigint not null references lenient_list (id),
    matter_id  bigint not null references matter (id),
    conditions jsonb  not null
);
create index lenient_item_matter_idx on lenient_item (matter_id);
