-- 自查 results kept (docs/adr/0034-scoring-standards-and-self-review.md): each self-review of a case that was kept,
-- the standard as `code vN`, its score and grade and how many vetoes and deductions it found.
create table supervision_self_review (
    id           bigint generated always as identity primary key,
    case_id      bigint        not null,
    standard     varchar(60)   not null,
    score        numeric(5, 1) not null,
    grade        varchar(10)   not null check (grade in ('EXCELLENT', 'PASS', 'FAIL')),
    vetoes       int           not null,
    deductions   int           not null,
    reviewed_at  timestamptz   not null
);

create index supervision_self_review_case on supervision_self_review (case_id, reviewed_at desc);
