-- 处罚决定公开 (docs/adr/0043-published-decisions.md): one row per decided case — published, pending, excluded with its
-- reason, or withdrawn with the notice. Public text only (masked when registered); the case stays in penalty_case.

-- The search grams of a text: every character and every pair of adjacent characters, lower-cased, spaces dropped.
-- pg_trgm indexes Chinese only where the database's character type is a UTF-8 locale (under C show_trgm('张某某') is empty)
-- and a LIKE uses it only for 3 characters or more, while a Chinese name fragment is often 2: the search uses a GIN
-- index over these grams instead, whatever the locale (docs/adr/0043-published-decisions.md).
create function decision_grams(t text) returns text[]
    language sql immutable parallel safe strict
    return (select coalesce(array_agg(distinct g), '{}')
            from (select substr(s, i, 1) as g from (select regexp_replace(lower(t), '\s+', '', 'g') as s) x,
                         generate_series(1, length(s)) i
                  union all
                  select substr(s, i, 2) from (select regexp_replace(lower(t), '\s+', '', 'g') as s) y,
                         generate_series(1, length(s) - 1) i) grams);

-- The grams a query must find: its pairs (its one character when it has one).
create function decision_query_grams(q text) returns text[]
    language sql immutable parallel safe strict
    return (select case when length(s) < 2 then array[s]
                        else (select array_agg(distinct substr(s, i, 2)) from generate_series(1, length(s) - 1) i) end
            from (select regexp_replace(lower(q), '\s+', '', 'g') as s) x);

create table decision_publication (
    id                  bigint generated always as identity primary key,
    case_id             bigint      not null unique,
    body_id             bigint      not null,
    acting_body_id      bigint      not null,
    body_name           text        not null,
    decision_number     text,
    decided_on          date        not null,
    due_on              date        not null,
    due_provisional     boolean     not null default false,
    served_on           date,
    status              varchar(10) not null check (status in ('PENDING', 'PUBLISHED', 'EXCLUDED', 'WITHDRAWN')),
    excluded_reason     varchar(20) check (excluded_reason in ('SIMPLE_PROCEDURE', 'NO_PENALTY', 'WARNING_ONLY', 'MINOR',
                                                               'PRIVATE')),
    party               text        not null,
    party_code          text,
    party_address       text,
    matter_code         text        not null,
    matter              text        not null,
    facts               text        not null,
    penalty             text        not null,
    published_on        date,
    published_on_time   boolean,
    revoked_on          date,
    withdrawal_ground   varchar(20) check (withdrawal_ground in ('REVOKED', 'CHANGED', 'ILLEGAL', 'VOID')),
    withdrawal_reason   text,
    withdrawn_on        date,
    withdrawn_on_time   boolean,
    withdrawn_by        bigint,
    search_text         text        not null,
    search_grams        text[]      not null,
    registered_at       timestamptz not null,
    check ((status = 'EXCLUDED') = (excluded_reason is not null)),
    check (status not in ('PUBLISHED', 'WITHDRAWN') or published_on is not null),
    check ((status = 'WITHDRAWN') = (withdrawn_on is not null))
);

-- the public list, newest decision first: unfiltered, by body, by a range of decision days
create index decision_publication_list_idx on decision_publication (decided_on desc, id desc) where status = 'PUBLISHED';
create index decision_publication_body_idx on decision_publication (body_id, decided_on desc, id desc)
    where status = 'PUBLISHED';
-- the search by a fragment of party, number, body or matter
create index decision_publication_grams_idx on decision_publication using gin (search_grams) where status = 'PUBLISHED';
-- the withdrawn list and the scan's pending rows
create index decision_publication_withdrawn_idx on decision_publication (withdrawn_on desc, id desc)
    where status = 'WITHDRAWN';
create index decision_publication_pending_idx on decision_publication (due_on) where status = 'PENDING';
-- a whole decision number typed as the search (its grams are common to every number of its body and year)
create index decision_publication_number_idx on decision_publication (decision_number) where status = 'PUBLISHED';
