-- Deadlines counted into a year whose official schedule is not loaded yet are provisional (weekends only) and are
-- counted again when that year is loaded (docs/adr/0004-general-procedure.md), for on-the-spot decisions and intake
-- as for the general procedure's clocks.
alter table penalty_case
    add column archive_due_provisional boolean not null default false,
    add column payment_due_provisional boolean not null default false;

alter table intake_event
    add column dispatch_due_provisional boolean not null default false,
    add column reply_counted_from       date,
    add column reply_due_provisional    boolean not null default false;

alter table intake_dispute add column decide_due_provisional boolean not null default false;
