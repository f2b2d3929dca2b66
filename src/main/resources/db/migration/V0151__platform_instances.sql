-- Several instances (docs/adr/0055-several-instances.md): each running instance beats here while it lives, and each
-- publication of the outbox records the instance that hands it to its listeners — the one that published it (the
-- pool's connections set oneteam.instance when they open, InstanceIdentity), then the one that resubmitted it. A
-- publication is resubmitted only when it failed or its instance stopped beating (OutboxResumption), never while it
-- may still be queued or running on a live instance.
create table platform_instance (
    id         uuid        primary key,
    started_at timestamptz not null,
    beat_at    timestamptz not null
);

-- added first without a default, so that the publications already there belong to no instance (a default given
-- with the column would be computed once, on the migrating connection, and stored in every existing row)
alter table event_publication add column instance_id uuid;
alter table event_publication
    alter column instance_id set default nullif(current_setting('oneteam.instance', true), '')::uuid;

-- the resubmission scan's candidates: the incomplete publications, oldest first
create index event_publication_incomplete_idx on event_publication (publication_date) where completion_date is null;
