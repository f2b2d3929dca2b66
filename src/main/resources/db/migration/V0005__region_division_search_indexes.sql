-- Search divisions by name fragment (村、社区 among 665k rows) and by code prefix without scanning the table.
-- pg_trgm is a trusted extension (PostgreSQL 13+): a database owner may create it.
create extension if not exists pg_trgm;
create index division_name_trgm_idx on division using gin (name gin_trgm_ops);
create index division_code_prefix_idx on division (code varchar_pattern_ops);
