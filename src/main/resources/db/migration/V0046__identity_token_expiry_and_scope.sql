-- Personal API tokens expire and carry a scope (docs/adr/0009-who-may-do-what.md): READ tokens may only read
-- (GET, HEAD), FULL tokens do what their account may. Tokens issued before this version expire 90 days after they
-- were issued (the default oneteam.identity.token-validity).
alter table api_token
    add column expires_at timestamptz,
    add column scope      varchar(4) not null default 'FULL' check (scope in ('READ', 'FULL'));
update api_token set expires_at = created_at + interval '90 days';
alter table api_token alter column expires_at set not null;
