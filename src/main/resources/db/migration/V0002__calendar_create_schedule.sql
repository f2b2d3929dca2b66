-- 工作日历: the official schedule per year. A year without a row here is not loaded: computing in it is an error.
create table calendar_year (
    year      integer      primary key,
    source    varchar(200) not null,
    loaded_at timestamptz  not null,
    loaded_by varchar(100)
);

create table calendar_special_day (
    day          date         primary key,
    year         integer      not null references calendar_year (year),
    kind         varchar(20)  not null check (kind in ('HOLIDAY', 'MAKE_UP_WORKDAY')),
    name_en      varchar(100) not null,
    name_zh      varchar(100) not null,
    holiday_days integer      not null,
    constraint calendar_special_day_in_year check (extract(year from day) = year)
);
create index calendar_special_day_year_idx on calendar_special_day (year);

-- Every uploaded schedule document, kept as received.
create table calendar_upload (
    id          bigint generated always as identity primary key,
    year        integer      not null,
    document    jsonb        not null,
    uploaded_by varchar(100) not null,
    uploaded_at timestamptz  not null
);
