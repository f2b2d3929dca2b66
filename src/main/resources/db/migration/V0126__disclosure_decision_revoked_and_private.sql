-- 处罚决定公开, the reviewer's fixes (docs/adr/0043-published-decisions.md): a decision revoked before it is published is
-- kept back (REVOKED); one kept private by the head of the body it was issued in carries the reasons and who decided it.
alter table decision_publication drop constraint decision_publication_excluded_reason_check;
alter table decision_publication add constraint decision_publication_excluded_reason_check
    check (excluded_reason in ('SIMPLE_PROCEDURE', 'NO_PENALTY', 'WARNING_ONLY', 'MINOR', 'PRIVATE', 'REVOKED'));
alter table decision_publication add column excluded_note text;
alter table decision_publication add column excluded_by bigint;

-- the Atom feed: the latest publications by the day they were published
create index decision_publication_published_idx on decision_publication (published_on desc, id desc)
    where status = 'PUBLISHED';
-- the management list of a body, by the body it was issued in or that acted, newest decision first
create index decision_publication_managed_idx on decision_publication (body_id, decided_on desc, id desc);
create index decision_publication_acting_idx on decision_publication (acting_body_id, decided_on desc, id desc);
