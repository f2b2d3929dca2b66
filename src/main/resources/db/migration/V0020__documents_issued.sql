-- 已签发文书: an issued document is kept as issued, with its SHA-256; a correction is a new document that refers to
-- the one it replaces. A trigger refuses updates, deletes and truncation, and every read checks the digest.
create table issued_document (
    id              bigint generated always as identity primary key,
    organization_id bigint       not null references organization (id),
    case_id         bigint,
    doc_type        varchar(40)  not null,
    number_text     varchar(120) not null,
    sha256          char(64)     not null,
    content         bytea        not null,
    issued_at       timestamptz  not null,
    issued_by       bigint       not null,
    supersedes      bigint references issued_document (id)
);
create index issued_document_case_idx on issued_document (case_id, doc_type);

create function issued_document_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'issued documents are immutable: issue a correction instead';
end $$;
create trigger issued_document_no_change before update or delete on issued_document
    for each row execute function issued_document_immutable();
create trigger issued_document_no_truncate before truncate on issued_document
    for each statement execute function issued_document_immutable();
