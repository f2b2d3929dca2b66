-- The subject an event is about (docs/adr/0019-subject-register.md, "Events and complaints about a subject"): named by
-- staff at intake or later by the dispatcher or the handling unit, or none; and, for a complaint or report, whether the
-- unit found it substantiated (查实) or not (不属实) when it replied — none when it did not say. A substantiated one
-- about a subject becomes a credit fact (COMPLAINT_UPHELD) through the typed event ComplaintUpheld.
alter table intake_event add column subject_id bigint references market_subject (id);
alter table intake_event add column substantiated boolean;
create index intake_event_subject_idx on intake_event (subject_id) where subject_id is not null;
