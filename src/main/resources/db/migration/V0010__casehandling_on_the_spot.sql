-- 案件: a penalty case. This first slice records on-the-spot decisions (简易程序, 处罚法 §51–§53); the general
-- procedure adds its stages to the same table.
create table penalty_case (
    id              bigint generated always as identity primary key,
    procedure       varchar(10)   not null check (procedure in ('SIMPLE', 'GENERAL')),
    stage           varchar(30)   not null,
    matter_code     varchar(40)   not null,
    matter_version  integer       not null,
    place_code      varchar(12)   not null references division (code),
    acting_org_id   bigint        not null references organization (id),
    name_org_id     bigint        not null references organization (id),
    enforcement_mode varchar(20)  not null,
    party_type      varchar(20)   not null check (party_type in ('NATURAL_PERSON', 'INDIVIDUAL_BUSINESS', 'ORGANISATION')),
    party_name      varchar(200)  not null,
    facts           varchar(2000) not null,
    penalty_kinds   varchar(40)[] not null,
    fine            numeric(14, 2),
    form_number     varchar(60),
    decided_on      date          not null,
    archive_due     date,
    payment_due     date,
    recorded_by     bigint        not null,
    recorded_at     timestamptz   not null,
    unique (name_org_id, form_number)
);
create index penalty_case_place_idx on penalty_case (place_code);

create table case_officer (
    case_id        bigint      not null references penalty_case (id),
    person_id      bigint      not null references person (id),
    certificate_no varchar(64) not null,
    primary key (case_id, person_id)
);
