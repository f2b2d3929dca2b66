-- 案卷评查 (docs/adr/0035-review-campaigns-and-rectification.md): a campaign of a 司法局 over the closed general-procedure
-- cases of its jurisdiction, drawn per body by a ratio with a committed seed (docs/adr/0026-the-draw.md), scored item by
-- item against a standard by its reviewers. Nothing is deleted: a draw is made once, a score is a new row.
create table supervision_campaign (
    id                 bigint generated always as identity primary key,
    name               varchar(200)  not null,
    organization_id    bigint        not null,
    scope_codes        varchar(12)[] not null,
    closed_from        date          not null,
    closed_to          date          not null,
    standard_id        bigint        not null references supervision_standard (id),
    ratio_percent      numeric(5, 2) not null check (ratio_percent > 0 and ratio_percent <= 100),
    minimum_per_body   int           not null check (minimum_per_body >= 1),
    reviewer_ids       bigint[]      not null,
    created_by         bigint        not null,
    created_at         timestamptz   not null,
    seed               char(64),
    population_sha256  char(64),
    population         text,
    drawn_at           timestamptz,
    drawn_by           bigint,
    check (closed_from <= closed_to),
    check ((seed is null) = (drawn_at is null))
);

-- The strata of a drawn campaign: one per body with closed cases, in the order of the population text.
create table supervision_campaign_stratum (
    campaign_id  bigint       not null references supervision_campaign (id),
    position     int          not null,
    body_id      bigint       not null,
    stratum      varchar(60)  not null,
    size         int          not null,
    n            int          not null,
    primary key (campaign_id, position)
);

-- The drawn cases, in key order within their body.
create table supervision_campaign_case (
    campaign_id  bigint       not null references supervision_campaign (id),
    case_id      bigint       not null,
    body_id      bigint       not null,
    reference    varchar(200) not null,
    domain       varchar(40)  not null,
    position     int          not null,
    primary key (campaign_id, case_id)
);

-- Every score given to an item of a drawn case; the newest row of an item counts.
create table supervision_campaign_score (
    id           bigint generated always as identity primary key,
    campaign_id  bigint        not null,
    case_id      bigint        not null,
    item_code    varchar(40)   not null,
    points       numeric(5, 1),
    failed       boolean       not null default false,
    reason       varchar(1000),
    source       varchar(10)   not null check (source in ('MACHINE', 'REVIEWER')),
    scored_by    bigint        not null,
    scored_at    timestamptz   not null,
    foreign key (campaign_id, case_id) references supervision_campaign_case (campaign_id, case_id)
);
create index supervision_campaign_score_case on supervision_campaign_score (campaign_id, case_id, item_code, id desc);

create or replace function supervision_campaign_keep() returns trigger language plpgsql as $$
begin
    raise exception 'a campaign''s draw and scores are never changed or deleted';
end $$;
create trigger supervision_campaign_stratum_keep before update or delete on supervision_campaign_stratum
    for each row execute function supervision_campaign_keep();
create trigger supervision_campaign_case_keep before update or delete on supervision_campaign_case
    for each row execute function supervision_campaign_keep();
create trigger supervision_campaign_score_keep before update or delete on supervision_campaign_score
    for each row execute function supervision_campaign_keep();
