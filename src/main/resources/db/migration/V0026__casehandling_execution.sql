-- 执行 (处罚法 §66–§73; 强制法 §35–§60): the payment reference of a decided fine, deferred or split payment, the
-- surcharge paid and relieved under an execution agreement, the 催告, the court application, suspension of
-- enforcement, and the enforcement actions the body schedules itself (强制执行, 代履行).
alter table case_clock drop constraint case_clock_unit_check;
alter table case_clock add constraint case_clock_unit_check check (unit in ('WORKING_DAYS', 'DAYS', 'HOURS', 'MONTHS'));

create sequence payment_reference_seq;

alter table penalty_case
    add column payment_reference        varchar(20) unique,
    add column surcharge_relief         numeric(14, 2) not null default 0 check (surcharge_relief >= 0),
    add column surcharge_paid           numeric(14, 2) not null default 0 check (surcharge_paid >= 0),
    add column demand_served_on         date,
    add column demand_perform_by        date,
    add column court_applied_on         date,
    add column enforcement_suspended_on date;

-- 分期（延期）缴纳: the instalments approved, each paid whole with the surcharge owed that day.
create table case_instalment (
    case_id bigint         not null references penalty_case (id),
    seq     integer        not null check (seq between 1 and 100),
    due_on  date           not null,
    amount  numeric(14, 2) not null check (amount > 0),
    paid_on date,
    primary key (case_id, seq)
);

-- 强制执行 and 代履行 the body scheduled (强制法 §37, §43, §50–§52).
create table case_enforcement (
    id               bigint generated always as identity primary key,
    case_id          bigint        not null references penalty_case (id),
    kind             varchar(15)   not null check (kind in ('ENFORCEMENT', 'SUBSTITUTE')),
    decided_on       date          not null,
    scheduled_at     timestamptz   not null,
    measure          varchar(1000) not null,
    emergency        boolean       not null,
    emergency_reason varchar(1000)
);
create index case_enforcement_case_idx on case_enforcement (case_id);
