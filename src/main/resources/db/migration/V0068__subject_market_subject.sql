-- 监管对象: the register of regulated subjects (docs/adr/0019-subject-register.md). A subject is never deleted, only
-- closed (status and date); every change is in the full-process record (subject type market_subject).
create table market_subject (
    id                   bigint generated always as identity primary key,
    kind                 varchar(24)  not null check (kind in
                           ('LEGAL_PERSON', 'OTHER_ORGANISATION', 'INDIVIDUAL_BUSINESS', 'NATURAL_PERSON')),
    code                 varchar(18)  not null unique,
    name                 varchar(200) not null check (length(btrim(name)) > 0),
    division_code        varchar(12)  not null check (division_code ~ '^[0-9]{6}([0-9]{3}([0-9]{3})?)?$'),
    street_address       varchar(300) not null,
    representative       varchar(100),
    industry_code        varchar(10),
    status               varchar(16)  not null check (status in
                           ('ACTIVE', 'SUSPENDED', 'REVOKED', 'DEREGISTERED', 'MOVED_OUT')),
    closed_on            date,
    registered_by_org_id bigint       not null,
    registered_at        timestamptz  not null,
    check ((status in ('ACTIVE', 'SUSPENDED')) = (closed_on is null))
);

create index market_subject_division on market_subject (division_code varchar_pattern_ops);
-- pg_trgm is created by V0005: fuzzy search by name
create index market_subject_name_trgm on market_subject using gin (name gin_trgm_ops);
