-- The peer's own tables beside Flowable's ACT_* tables: the reference data the rule checks read (accounts and their
-- tokens, officers' certificates, the matter and who enforces it where), the case row, approval requests and steps,
-- statutory clocks, numbered documents and the hash-chained record. Created if missing; the peer seeds them at start.
create table if not exists peer_organization (id bigint primary key, name text not null, division text not null,
  number_prefix text not null);
create table if not exists peer_account (id bigint primary key, username text not null unique,
  token_sha256 text not null unique, groups text[] not null, organization_id bigint not null, person_id bigint);
create table if not exists peer_officer (person_id bigint not null, organization_id bigint not null,
  certificate text not null, domain text not null, valid_from date not null, valid_to date not null,
  primary key (person_id, domain));
create table if not exists peer_matter (code text primary key, domain text not null, in_force_from date not null,
  in_force_to date, fine_min numeric not null, fine_max numeric not null);
create table if not exists peer_responsibility (matter_code text not null, division_prefix text not null,
  organization_id bigint not null, primary key (matter_code, division_prefix));
create sequence if not exists peer_case_id_seq;
create table if not exists peer_case (id bigint primary key, process_instance_id text not null,
  organization_id bigint not null, matter_code text not null, place text not null, party_name text not null,
  facts text not null, discovered_on date not null, filed_on date, served_on date, decided_on date, fine numeric,
  decision_number text, paid_on date, stage text not null, updated_at timestamptz not null);
create table if not exists peer_approval (id bigserial primary key, case_id bigint not null, action text not null,
  steps text[] not null, next_step int not null default 1, state text not null, requested_by bigint not null,
  requested_at timestamptz not null);
create index if not exists peer_approval_case on peer_approval (case_id) where state = 'PENDING';
create table if not exists peer_approval_step (request_id bigint not null, step_no int not null, role text not null,
  decided_by bigint not null, approved boolean not null, comment text, decided_at timestamptz not null,
  primary key (request_id, step_no));
create table if not exists peer_clock (case_id bigint not null, kind text not null, started_on date not null,
  due_on date not null, state text not null, ended_on date, primary key (case_id, kind));
create table if not exists peer_document_number (organization_id bigint not null, type text not null, year int not null,
  last int not null, primary key (organization_id, type, year));
create table if not exists peer_document (id bigserial primary key, case_id bigint not null, type text not null,
  number text, content bytea not null, sha256 text not null, issued_by bigint not null, issued_at timestamptz not null);
create table if not exists peer_record (id bigserial primary key, case_id bigint not null, seq int not null,
  action text not null, actor bigint not null, occurred_at timestamptz not null, payload text not null,
  payload_digest text not null, prev_hash text not null, hash text not null, global_prev_hash text not null,
  global_hash text not null, unique (case_id, seq));
