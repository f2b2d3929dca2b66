-- Enforcement bodies' qualification (执法主体资格确认, docs/adr/0037-enforcement-bodies-qualification.md): the yearly
-- confirmation of a body by the supervising 司法局 — legal basis, the matters (all of the body's catalogue matters, or
-- the listed ones), the period of validity — announced, and revoked with a reason. Nothing is ever deleted.
create table body_qualification (
    id                bigint generated always as identity primary key,
    organization_id   bigint        not null references organization (id),
    year              integer       not null,
    legal_basis       varchar(1000) not null,
    all_matters       boolean       not null,
    valid_from        date          not null,
    valid_to          date          not null,
    confirmed_by      bigint        not null,
    confirmed_at      timestamptz   not null,
    published_at      timestamptz,
    published_by      bigint,
    revoked_on        date,
    revoked_at        timestamptz,
    revoked_by        bigint,
    revocation_reason varchar(500),
    constraint body_qualification_period check (valid_from <= valid_to),
    constraint body_qualification_revocation check ((revoked_on is null) = (revocation_reason is null))
);

-- at most one confirmation in force per body and year: a replacement follows a revocation
create unique index body_qualification_one_a_year on body_qualification (organization_id, year) where revoked_on is null;
create index body_qualification_body on body_qualification (organization_id, valid_from);

create table body_qualification_matter (
    qualification_id bigint      not null references body_qualification (id),
    matter_code      varchar(40) not null,
    primary key (qualification_id, matter_code)
);
