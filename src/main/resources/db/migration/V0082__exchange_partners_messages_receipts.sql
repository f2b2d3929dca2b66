-- 审管联动 (docs/adr/0021-approval-exchange.md): the approval departments OneTeam exchanges with, the messages it sends
-- them (an outbox of its own, retried with back-off until delivered or dead) and the receipts of what they push.

-- An approval department: its 统一社会信用代码 (the issuer code of its licences), the platform organisation whose
-- accounts push for it, the endpoint messages go to (none yet: messages wait), and its HMAC secret, encrypted.
create table exchange_partner (
    id                bigint generated always as identity primary key,
    code              varchar(18)  not null unique,
    name              varchar(200) not null check (length(btrim(name)) > 0),
    organization_id   bigint unique references organization (id),
    endpoint          varchar(500),
    secret_cipher     varchar(200) not null,
    active            boolean      not null default true,
    registered_at     timestamptz  not null,
    registered_by     bigint       not null,
    secret_rotated_at timestamptz  not null
);

-- A message to a partner; its id is the receiver's idempotency key (the same id on every attempt and resend).
create table exchange_message (
    id                uuid primary key,
    partner_id        bigint       not null references exchange_partner (id),
    kind              varchar(32)  not null check (kind in ('CASE_FILED', 'CASE_DECIDED', 'LICENCE_REVOKED')),
    subject_id        bigint,
    payload           text         not null,
    status            varchar(16)  not null check (status in ('PENDING', 'DELIVERED', 'DEAD')),
    attempts          int          not null default 0,
    next_attempt_at   timestamptz  not null,
    last_status       int,
    last_error        varchar(1000),
    created_at        timestamptz  not null,
    delivered_at      timestamptz,
    acknowledged_at   timestamptz,
    acknowledgement   varchar(2000)
);

create index exchange_message_due on exchange_message (next_attempt_at) where status = 'PENDING';
create index exchange_message_partner on exchange_message (partner_id, created_at desc);

-- What a partner pushed under an idempotency key: the same key and body answer this receipt again, never a second write.
create table exchange_receipt (
    id              uuid primary key,
    partner_id      bigint       not null references exchange_partner (id),
    idempotency_key varchar(100) not null,
    request_sha256  char(64)     not null,
    channel         varchar(8)   not null check (channel in ('API', 'FILE')),
    received_at     timestamptz  not null,
    received_by     bigint       not null,
    results         text         not null,
    unique (partner_id, idempotency_key)
);
