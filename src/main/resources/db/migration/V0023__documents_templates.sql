-- 文书模板 as data (市监 §86: provinces may adapt the national formats): per document type and scope — the national
-- default, a province (its division code), a body (its id) — each save a new version; the most specific scope wins.
-- The national defaults come from the release (documents/default-templates.json, origin DEFAULT); an administrator's
-- versions have origin ADMIN. Issued documents record the template version they were rendered from and are never
-- rendered again.
create table document_template (
    id          bigint generated always as identity primary key,
    doc_type    varchar(40)  not null,
    scope       varchar(10)  not null check (scope in ('NATIONAL', 'PROVINCE', 'BODY')),
    scope_key   varchar(20)  not null,
    version     integer      not null,
    layout      text         not null,
    origin      varchar(10)  not null check (origin in ('DEFAULT', 'ADMIN')),
    note        varchar(500),
    created_at  timestamptz  not null,
    created_by  bigint,
    unique (doc_type, scope, scope_key, version)
);

-- An issued document names the template version it was rendered from, the reason of a correction, and (for a
-- 送达回证) the document it proves the service of; a record or form without a number has none.
alter table issued_document
    add column template_id       bigint references document_template (id),
    add column correction_reason varchar(500),
    add column refers_to         bigint references issued_document (id),
    alter column number_text drop not null;
create unique index issued_document_superseded_once on issued_document (supersedes) where supersedes is not null;
