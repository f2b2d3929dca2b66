-- 先行登记保存 and 查封/扣押 (处罚法 §56; 强制法 §18–§28; 市监 §33–§42): the items held, the certificates of the
-- officers present, the clock of the measure's period, its one extension, and how it ended. A measure whose clock
-- lapsed (an unanswered preservation, 市监 §35) lifted on its own.
create table case_measure (
    id                    bigint generated always as identity primary key,
    case_id               bigint         not null references penalty_case (id),
    kind                  varchar(15)    not null check (kind in ('PRESERVATION', 'SEAL', 'IMPOUND')),
    items                 varchar(200)[] not null check (cardinality(items) between 1 and 100),
    reason                varchar(1000)  not null,
    started_on            date           not null,
    clock_id              bigint         not null references case_clock (id),
    certificates          varchar(40)[]  not null,
    witness               varchar(100),
    extension_notified_on date,
    extension_reason      varchar(1000),
    ended_on              date,
    outcome               varchar(30),
    note                  varchar(1000)
);
create index case_measure_case_idx on case_measure (case_id);

-- 检测期间 and 中止调查: the spans during which the periods stand still (强制法 §25; 市监 §46, §64). A testing names
-- the seizure whose items it examines; at most one of each kind is open per case.
create table case_pause (
    id                bigint generated always as identity primary key,
    case_id           bigint        not null references penalty_case (id),
    kind              varchar(15)   not null check (kind in ('TESTING', 'SUSPENSION')),
    ground            varchar(30)   not null,
    detail            varchar(1000) not null,
    measure_id        bigint references case_measure (id),
    started_on        date          not null,
    expected_end_on   date,
    party_notified_on date,
    ended_on          date,
    result            varchar(2000)
);
create unique index case_pause_one_open on case_pause (case_id, kind) where ended_on is null;

-- 移送: the stage the case left, the team of a judicial transfer (国务院令第310号 §5), when the head approved and
-- whether later than the 3 days the regulation allows.
alter table case_transfer
    add column from_stage       varchar(30)   not null default 'INVESTIGATING',
    add column certificates     varchar(40)[] not null default '{}',
    add column approved_at      timestamptz,
    add column approval_overdue boolean       not null default false;
