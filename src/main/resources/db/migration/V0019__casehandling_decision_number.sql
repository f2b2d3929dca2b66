-- 决定书文号: the number the decision was issued under (legal-rules.md §10.2).
alter table penalty_case add column decision_number varchar(120);
