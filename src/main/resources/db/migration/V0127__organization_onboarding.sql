-- Onboarding a county (docs/adr/0048-onboarding-a-county.md).

-- 公民身份号码 of a person, by which a roster import matches people within their organisation; people registered
-- one at a time before may have none.
alter table person add column id_number varchar(18);
create unique index person_organization_id_number_idx on person (organization_id, id_number) where id_number is not null;

-- A team's name names it within its body: the roster names each person's team by it.
create unique index team_organization_name_idx on team (organization_id, name);
