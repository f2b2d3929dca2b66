-- Sign-in protection (docs/adr/0011-sign-in-protection.md): how many sign-in attempts failed lately per account
-- name and per client address, and bearer-token failures per address. Kept in the database so that every instance
-- counts the same. The key of an account is the name as typed, known or not: an unknown name is throttled and
-- locked exactly like a real one, so the answers never tell whether an account exists.
create table login_throttle (
    kind            varchar(16)  not null check (kind in ('ACCOUNT', 'ADDRESS', 'TOKEN')),
    key             varchar(200) not null,
    failures        integer      not null default 0 check (failures >= 0),
    last_failure_at timestamptz,
    -- no attempt is checked before this moment (the growing delay); a lock is a long one, with locked_until set
    next_allowed_at timestamptz,
    locked_until    timestamptz,
    primary key (kind, key)
);
create index login_throttle_blocked on login_throttle (next_allowed_at) where next_allowed_at is not null;

-- Every sign-in attempt and its outcome, every lock and every unlock by an administrator.
create table login_attempt (
    id           bigint generated always as identity primary key,
    at           timestamptz  not null,
    kind         varchar(16)  not null check (kind in ('PASSWORD', 'TOKEN')),
    username     varchar(200),
    client       varchar(64),
    outcome      varchar(16)  not null check (outcome in ('SUCCEEDED', 'FAILED', 'REFUSED', 'UNLOCKED')),
    -- FAILED: the wait before the next attempt is checked; REFUSED: the wait that remained
    wait_seconds integer,
    locked_until timestamptz,
    -- UNLOCKED: the administrator's account
    actor        bigint
);
create index login_attempt_at on login_attempt (at desc);
create index login_attempt_username on login_attempt (username, at desc);
create index login_attempt_client on login_attempt (client, at desc);
