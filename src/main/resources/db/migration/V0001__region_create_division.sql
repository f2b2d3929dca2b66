-- 行政区划: the national division tree. Codes: 2 province, 4 city, 6 county, 9 township, 12 village.
create table division (
    code        varchar(12)  primary key,
    name        varchar(100) not null,
    parent_code varchar(12)  references division (code),
    constraint division_code_digits check (code ~ '^([0-9]{2}|[0-9]{4}|[0-9]{6}|[0-9]{9}|[0-9]{12})$')
);
create index division_parent_idx on division (parent_code, code);

-- Reference data sets loaded into the database, so a restart knows what it already has.
create table reference_dataset (
    name      varchar(100) primary key,
    checksum  varchar(64)  not null,
    row_count bigint       not null,
    loaded_at timestamptz  not null
);
