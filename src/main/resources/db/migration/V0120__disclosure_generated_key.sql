-- A key the application generated for itself, kept so that every instance and every restart uses the same one
-- (docs/adr/0044-party-case-look-up.md): the key of the party's document links and of the client-address hashes when
-- oneteam.disclosure.my-case.secret is not configured. Drawn once by the first instance that needs it; never rotated
-- here (rotating voids the links handed out and makes older address hashes incomparable).
create table disclosure_key (
    name       varchar(32) primary key,
    key_bytes  bytea       not null check (octet_length(key_bytes) >= 32),
    created_at timestamptz not null
);
