-- A case's party taken from the register of subjects (docs/adr/0019-subject-register.md): the link, set when the party
-- is chosen or registered; cases of free-text parties keep it empty.
alter table penalty_case add column subject_id bigint references market_subject (id);
create index penalty_case_subject on penalty_case (subject_id) where subject_id is not null;

-- 行政许可: the licences a subject holds, from the approval department that issued them (kind, number, issuer,
-- validity, scope); never deleted — a revoked licence keeps its row with the day and reason of the revocation.
create table subject_licence (
    id             bigint generated always as identity primary key,
    subject_id     bigint       not null references market_subject (id),
    kind           varchar(100) not null check (length(btrim(kind)) > 0),
    number         varchar(100) not null check (length(btrim(number)) > 0),
    issuer_code    varchar(18)  not null,
    issuer_name    varchar(200) not null check (length(btrim(issuer_name)) > 0),
    valid_from     date         not null,
    valid_until    date,
    scope          varchar(2000),
    source         varchar(16)  not null check (source in ('MANUAL', 'IMPORT', 'PUSH')),
    revoked_on     date,
    revoked_reason varchar(500),
    recorded_at    timestamptz  not null,
    unique (issuer_code, number),
    check (valid_until is null or valid_until >= valid_from),
    check ((revoked_on is null) = (revoked_reason is null))
);

create index subject_licence_subject on subject_licence (subject_id);
