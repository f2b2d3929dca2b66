-- 整改 (docs/adr/0035-review-campaigns-and-rectification.md): a task a supervising 司法局 gives a body of its
-- jurisdiction, from a campaign, an alert, a finding or a complaint, with a due day; the body answers with what it did
-- and its evidence; the supervisor closes it (never without evidence) or reopens it for follow-up. Nothing is deleted.
create table supervision_rectification (
    id           bigint generated always as identity primary key,
    body_id      bigint        not null,
    body_seat    varchar(12)   not null,
    source       varchar(20)   not null check (source in ('CAMPAIGN', 'ALERT', 'FINDING', 'COMPLAINT')),
    source_ref   varchar(200)  not null,
    title        varchar(300)  not null,
    due_on       date          not null,
    state        varchar(20)   not null check (state in ('OPEN', 'ANSWERED', 'CLOSED')),
    opened_by    bigint        not null,
    opened_org   bigint        not null,
    opened_at    timestamptz   not null,
    closed_on    date,
    close_note   varchar(1000),
    reopened     int           not null default 0
);
create index supervision_rectification_seat on supervision_rectification (body_seat);
create index supervision_rectification_body on supervision_rectification (body_id);

-- Each answer of the body, with its evidence (a description and a file, its SHA-256 computed as it arrived).
create table supervision_rectification_answer (
    id                    bigint generated always as identity primary key,
    rectification_id      bigint        not null references supervision_rectification (id),
    what_was_done         varchar(2000) not null,
    evidence_description  varchar(1000),
    file_name             varchar(255),
    content_type          varchar(100),
    size                  bigint,
    sha256                char(64),
    bytes                 bytea,
    answered_by           bigint        not null,
    answered_at           timestamptz   not null,
    check ((sha256 is null) = (bytes is null))
);
create index supervision_rectification_answer_task on supervision_rectification_answer (rectification_id, id desc);
