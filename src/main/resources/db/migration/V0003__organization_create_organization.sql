-- 机构: enforcement bodies, township governments, departments and others, each with a territory.
create table organization (
    id            bigint generated always as identity primary key,
    code          varchar(40)  not null unique,
    name          varchar(200) not null,
    kind          varchar(30)  not null,
    division_code varchar(12)  not null references division (code),
    parent_id     bigint references organization (id),
    created_at    timestamptz  not null
);
create index organization_division_idx on organization (division_code);

create table organization_territory (
    organization_id bigint      not null references organization (id),
    division_code   varchar(12) not null references division (code),
    primary key (organization_id, division_code)
);
create index organization_territory_division_idx on organization_territory (division_code);
