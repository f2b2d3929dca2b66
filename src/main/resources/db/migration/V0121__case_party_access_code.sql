-- 查询码: the access code of a case's party, printed on the documents it receives so that it can look its case up on
-- the public portal without an account (docs/adr/0044-party-case-look-up.md). One in force per case; a re-issue voids
-- the one before (kept, never deleted). The code is kept as printed, because later documents print it again; a
-- look-up is checked against its SHA-256 (salted by the case), never by selecting the code itself.
create table case_access_code (
    id          bigint generated always as identity primary key,
    case_id     bigint      not null references penalty_case (id),
    code        varchar(16) not null,
    code_sha256 char(64)    not null,
    issued_at   timestamptz not null,
    issued_by   bigint,
    voided_at   timestamptz,
    voided_by   bigint
);

create unique index case_access_code_in_force on case_access_code (case_id) where voided_at is null;

-- a party names its case by a number printed on its documents
create index issued_document_number on issued_document (number_text) where number_text is not null;
