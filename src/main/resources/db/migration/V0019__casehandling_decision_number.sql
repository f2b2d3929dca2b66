-- 决定书文号 (legal-rules.md §10.2) and whether the party's statement and defence were adopted, and why (市监 §62),
-- as the decision states them.
alter table penalty_case
    add column decision_number    varchar(120),
    add column statement_adoption varchar(2000);
