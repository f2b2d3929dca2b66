-- The event publication registry of Spring Modulith (the outbox, docs/adr/0014-typed-events.md): one row per typed
-- event and listener, written in the publishing transaction and completed when the listener's own transaction
-- commits; incomplete rows are published again on restart. The table is exactly the PostgreSQL schema (v2) that
-- spring-modulith-events-jdbc 2.0.3 ships as schemas/v2/schema-postgresql.sql; Modulith does not create it itself
-- (spring.modulith.events.jdbc.schema-initialization.enabled stays false). Completed rows are deleted after
-- oneteam.events.keep-completed (EventPublicationRetention).
CREATE TABLE IF NOT EXISTS event_publication
(
  id                     UUID NOT NULL,
  listener_id            TEXT NOT NULL,
  event_type             TEXT NOT NULL,
  serialized_event       TEXT NOT NULL,
  publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
  completion_date        TIMESTAMP WITH TIME ZONE,
  status                 TEXT,
  completion_attempts    INT,
  last_resubmission_date TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (id)
);
CREATE INDEX IF NOT EXISTS event_publication_serialized_event_hash_idx ON event_publication USING hash(serialized_event);
CREATE INDEX IF NOT EXISTS event_publication_by_completion_date_idx ON event_publication (completion_date);

-- 事件的后续: what became of an event after it left intake — the case it became a clue of was filed, decided,
-- transferred or closed; the whistle raised for it was closed. Written by intake's listeners (CaseOutcomes,
-- WhistleOutcomes), once per step: a publication delivered again finds its row and records nothing twice.
create table intake_event_outcome (
    event_id    bigint      not null references intake_event (id),
    source      text        not null check (source in ('CASE', 'WHISTLE')),
    source_id   bigint      not null,
    step        text        not null,
    detail      text,
    happened_on date        not null,
    noted_at    timestamptz not null,
    primary key (event_id, source, source_id, step)
);
