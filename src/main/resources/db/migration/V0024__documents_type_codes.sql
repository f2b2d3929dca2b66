-- 文书代字 per body and document type (legal-rules.md §10.2: set by each province or agency template); a type without
-- a row here takes its default code (立, 告, 罚决 …).
create table document_type_code (
    organization_id bigint      not null references organization (id),
    doc_type        varchar(40) not null,
    code            varchar(20) not null,
    primary key (organization_id, doc_type)
);
