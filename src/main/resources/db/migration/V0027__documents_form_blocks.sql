-- 预编号表单 (处罚法 §52 "编有号码"; legal-rules.md §10.2): blocks of pre-numbered on-the-spot decision forms issued to
-- an officer of a body; each number of a block is used once by a decision, or voided with its reason, and never again.
create table form_block (
    id               bigint generated always as identity primary key,
    organization_id  bigint       not null references organization (id),
    series           varchar(20)  not null,
    first_number     integer      not null check (first_number > 0),
    last_number      integer      not null,
    holder_person_id bigint       not null references person (id),
    issued_by        bigint       not null references account (id),
    issued_at        timestamptz  not null,
    check (last_number >= first_number and last_number - first_number < 10000)
);
create index form_block_org_idx on form_block (organization_id, series);

create table form_number (
    block_id    bigint       not null references form_block (id),
    number      integer      not null,
    state       varchar(10)  not null check (state in ('USED', 'VOIDED')),
    case_id     bigint,
    reason      varchar(500),
    recorded_by bigint       not null references account (id),
    recorded_at timestamptz  not null,
    primary key (block_id, number),
    check ((state = 'USED') = (case_id is not null)),
    check ((state = 'VOIDED') = (reason is not null))
);
