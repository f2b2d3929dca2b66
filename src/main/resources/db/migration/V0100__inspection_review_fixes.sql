-- The company's rating secret (docs/adr/0029-inspection-code-public-check-and-rating.md): made when the visit's result
-- is recorded, shown once to the recorder for the company's copy, kept only as the SHA-256 of "{visitId}|{secret}".
create table inspection_rating_secret (
    visit_id  bigint       primary key references inspection_visit (id),
    sha256    char(64)     not null,
    made_at   timestamptz  not null
);

-- Who declared a conflict (docs/adr/0032-inspectors-library-and-recusal.md): the declaring body and the division of
-- its jurisdiction; conflicts declared before are listed to nationwide readers only.
alter table inspection_draw_conflict add column organization_id bigint;
alter table inspection_draw_conflict add column division_code varchar(12);
