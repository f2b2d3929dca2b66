-- Issue 11 §8: nothing is refused because next year's schedule is not loaded yet (docs/adr/0004-general-procedure.md).
-- An enforcement or 代履行 scheduled on a day of an unloaded year is accepted as provisional and checked again when the
-- year is loaded; a day that turns out to be a rest day or holiday is raised as an alert of its own (no clock).
alter table case_enforcement add column day_provisional boolean not null default false;
alter table case_enforcement add column on_rest_day boolean not null default false;

alter table case_alert alter column clock_id drop not null;
alter table case_alert add column enforcement_id bigint references case_enforcement (id);
alter table case_alert drop constraint case_alert_kind_check;
alter table case_alert alter column kind type varchar(30);
alter table case_alert add constraint case_alert_kind_check
    check (kind in ('DUE_SOON', 'OVERDUE', 'ENFORCEMENT_ON_REST_DAY'));
alter table case_alert add constraint case_alert_clock_or_enforcement
    check ((clock_id is null) <> (enforcement_id is null));
create unique index case_alert_enforcement_uq on case_alert (enforcement_id, kind) where enforcement_id is not null;

-- 提请复议 within 3 days of a judicial refusal (国务院令第310号 §9): the deadline kept with its provisional mark
alter table case_transfer add column reconsideration_due date;
alter table case_transfer add column reconsideration_due_provisional boolean not null default false;
