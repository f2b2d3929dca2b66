-- Every look-up of a party's own case on the public portal, found or refused, and every download of a document it
-- received (docs/adr/0044-party-case-look-up.md): when, through which channel, the case the number named (if any),
-- the outcome, and a keyed hash of the client address (never the address itself). The refusals of a case within the
-- lock window are what lock its further attempts.
create table party_case_lookup (
    id          bigint generated always as identity primary key,
    at          timestamptz not null,
    channel     varchar(8)  not null check (channel in ('PAGE', 'API')),
    case_id     bigint,
    outcome     varchar(16) not null check (outcome in ('FOUND', 'REFUSED', 'LOCKED', 'RATE_LIMITED', 'DOWNLOADED')),
    client_hash char(64)    not null
);

create index party_case_lookup_case on party_case_lookup (case_id, at) where case_id is not null;
create index party_case_lookup_at on party_case_lookup (at);
