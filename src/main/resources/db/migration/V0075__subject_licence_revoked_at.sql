-- When a licence's revocation entered the register (the revocation's own day is revoked_on): the subject's timeline
-- places it by this instant (docs/adr/0019-subject-register.md, the subject's page). Empty for revocations recorded
-- before this column existed.
alter table subject_licence add column revoked_at timestamptz;
alter table subject_licence add constraint subject_licence_revoked_at check (revoked_at is null or revoked_on is not null);
