-- 账号: local accounts (BCrypt), their roles, and personal API tokens (stored as SHA-256 only).
create table account (
    id              bigint generated always as identity primary key,
    username        varchar(64)  not null unique,
    display_name    varchar(100) not null,
    password_hash   varchar(100) not null,
    organization_id bigint       not null references organization (id),
    enabled         boolean      not null default true,
    created_at      timestamptz  not null
);

create table account_role (
    account_id bigint      not null references account (id),
    role       varchar(30) not null,
    primary key (account_id, role)
);

create table api_token (
    id           bigint generated always as identity primary key,
    account_id   bigint       not null references account (id),
    name         varchar(100) not null,
    token_hash   char(64)     not null unique,
    created_at   timestamptz  not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_token_account_idx on api_token (account_id);
