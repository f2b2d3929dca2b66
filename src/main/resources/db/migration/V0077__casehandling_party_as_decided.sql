-- The party as of the decision (docs/adr/0023-case-party-from-register.md): when a case whose party was taken from the
-- register of subjects is decided, the case keeps the subject's code (统一社会信用代码, or the 公民身份号码 whole — every
-- page and document shows it masked), address (division name and street address) and legal representative or operator
-- as they were that day; a later change of the subject never alters what the decision stated.
alter table penalty_case
    add column party_code           varchar(18),
    add column party_address        varchar(600),
    add column party_representative varchar(100);

-- 审管联动: an approval department asks whether a subject has an open case or an unperformed penalty.
create index penalty_case_subject_open on penalty_case (subject_id, stage) where subject_id is not null;
