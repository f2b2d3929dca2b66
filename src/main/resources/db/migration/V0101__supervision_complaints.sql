-- Complaints about enforcement (执法投诉举报, docs/adr/0033-enforcement-complaints.md): from the public form or the 12345
-- hotline, about one enforcement body, handled by the supervising 司法局 whose jurisdiction covers the body's seat.
create table supervision_complaint (
    id                bigint generated always as identity primary key,
    tracking_number   varchar(40)   not null unique,
    channel           varchar(20)   not null,
    hotline_order     varchar(64)   unique,
    complainant_name  varchar(50)   not null,
    complainant_phone varchar(20)   not null,
    body_id           bigint        not null,
    body_seat         varchar(12)   not null,
    case_id           bigint,
    certificate       varchar(40),
    inspection_code   varchar(32),
    facts             varchar(2000) not null,
    state             varchar(20)   not null,
    received_on       date          not null,
    received_at       timestamptz   not null,
    accept_due        date          not null,
    accepted_on       date,
    conclude_due      date,
    extended          boolean       not null default false,
    extension_reason  varchar(500),
    refusal_reason    varchar(500),
    finding           varchar(20),
    answer            varchar(2000),
    closed_on         date
);

create index supervision_complaint_body on supervision_complaint (body_id, received_on);
create index supervision_complaint_seat on supervision_complaint (body_seat);
