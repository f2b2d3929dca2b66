-- 审批限制 (docs/adr/0021-approval-exchange.md): the exchange's own view of the cases about registered subjects, kept
-- from the typed case events (filed, decided, closed), so that an approval department can ask whether a subject has
-- an open case or a penalty without reading the case module's tables. Cases filed before this view existed are absent.
create table exchange_subject_case (
    case_id         bigint primary key,
    subject_id      bigint      not null,
    filed_on        date,
    decided_on      date,
    outcome         varchar(32),
    decision_number varchar(100),
    fine            numeric(14, 2),
    closed_on       date,
    updated_at      timestamptz not null
);

create index exchange_subject_case_subject on exchange_subject_case (subject_id);
