-- Issue 13 (docs/adr/0020-decision-contents.md): per enforcement body, the 行政复议机关 and the 人民法院 its decisions
-- name (处罚法 §59(5)). A body without a row, or without a 复议机关, gets the default the region gives (复议法 §24);
-- the court has no default and stays unset until the body's head sets it.
create table casehandling_remedy_body (
    organization_id      bigint primary key,
    reconsideration_body varchar(100),
    court                varchar(100),
    updated_by           bigint      not null,
    updated_at           timestamptz not null
);
