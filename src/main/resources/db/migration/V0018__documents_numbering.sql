-- 文号 (legal-rules.md §10.2): each body's 机关代字 and template, one series per body, document type and year, and
-- every number issued — voided numbers stay, so that none is reused or skipped.
create table document_codes (
    organization_id bigint       primary key references organization (id),
    body_code       varchar(20)  not null,
    template        varchar(100) not null
);

create table document_series (
    organization_id bigint      not null references organization (id),
    doc_type        varchar(40) not null,
    year            integer     not null,
    last_sequence   integer     not null,
    primary key (organization_id, doc_type, year)
);

create table document_number (
    id              bigint generated always as identity primary key,
    organization_id bigint       not null references organization (id),
    doc_type        varchar(40)  not null,
    year            integer      not null,
    sequence        integer      not null,
    number_text     varchar(120) not null,
    case_id         bigint,
    issued_on       date         not null,
    issued_by       bigint       not null,
    issued_at       timestamptz  not null,
    voided_at       timestamptz,
    void_reason     varchar(500),
    voided_by       bigint,
    unique (organization_id, doc_type, year, sequence)
);
create index document_number_case_idx on document_number (case_id);
