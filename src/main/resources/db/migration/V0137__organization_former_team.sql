-- 原执法队伍: the enforcement teams a comprehensive body absorbed when the reform merged them (docs/adr/0051-reform-report.md).
-- The reform report counts the teams before consolidation from these rows, never from a typed-in number.
create table former_team (
    id                 bigint generated always as identity primary key,
    organization_id    bigint       not null references organization (id),
    name               varchar(200) not null,
    former_department  varchar(200) not null,
    people             integer      not null check (people >= 0),
    merged_on          date         not null,
    recorded_at        timestamptz  not null,
    constraint former_team_once unique (organization_id, name, former_department)
);
create index former_team_organization_idx on former_team (organization_id, merged_on);
