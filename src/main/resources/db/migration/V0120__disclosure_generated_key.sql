-- A key the application generated for itself, kept so that every instance and every restart uses the same one
-- (docs/adr/0044-party-case-look-up.md): the key of the party's document links and of the client-address hashes when
-- oneteam.disclosure.my-case.secret is not configured. Drawn once by the first instance that needs it; never rotated
-- here (rotating voids the links handed out and makes older address hashes incomparable).
create table disclosure_key (
    name       varchar(32) primary key,
    key_bytes  bytea       not null check (octet_length(key_bytes) >= 32),
    created_at timestamptz not null
);

-- The refusals of a party's look-ups by the number typed (docs/adr/0044-party-case-look-up.md): a keyed hash of the
-- normalised number, whether or not it names a case, and the keyed hash of the client. The refusals of one number
-- within the lock window lock it for the client refused (max-refusals) and, from all clients together, for everyone
-- (max-refusals-per-number) — a number of no case alike, so that a lock says nothing of whether the number exists.
create table party_case_refusal (
    id          bigint generated always as identity primary key,
    at          timestamptz not null,
    number_hash char(64)    not null,
    client_hash char(64)    not null
);

create index party_case_refusal_number on party_case_refusal (number_hash, at);
