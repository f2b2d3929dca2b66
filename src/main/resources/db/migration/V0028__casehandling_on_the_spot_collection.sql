-- 当场收缴罚款 with an on-the-spot decision (处罚法 §68–§71): the ground, the finance department's receipt, whether the
-- party asked for it; the fine is then paid on the day of the decision.
alter table penalty_case
    add column collection_ground    varchar(30) check (collection_ground in ('SMALL_FINE', 'HARD_TO_ENFORCE_LATER', 'REMOTE_AREA')),
    add column finance_receipt      varchar(60),
    add column collection_requested boolean not null default false;
