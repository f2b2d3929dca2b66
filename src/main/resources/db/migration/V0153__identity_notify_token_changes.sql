-- Every instance keeps the API tokens it accepted lately in memory (docs/adr/0057-the-scale-path.md, "Token checks
-- kept in memory"). A change to what such an answer rests on — a token (revoked, expired, removed), an account, its
-- roles, an organisation's territory — notifies channel oneteam_catalog once per statement with the table's name, as
-- V0145 does for divisions and organisations; every instance then forgets its copy.
-- (a token's use, last_used_at, changes no answer and notifies nothing)
create trigger api_token_notify after update of token_hash, account_id, expires_at, revoked_at, scope or delete or truncate on api_token
    for each statement execute function catalog_notify_table();
create trigger account_notify after update or delete or truncate on account
    for each statement execute function catalog_notify_table();
create trigger account_role_notify after insert or update or delete or truncate on account_role
    for each statement execute function catalog_notify_table();
create trigger organization_territory_notify after insert or update or delete or truncate on organization_territory
    for each statement execute function catalog_notify_table();
