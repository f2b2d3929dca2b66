-- 执法资格考试: certificate exam sessions organised by a 司法局 for the bodies of its jurisdiction, their candidates
-- (staff on the establishment and in post), scores per subject and the published pass list
-- (docs/adr/0038-external-supervisors-and-exams.md).
create table supervision_exam_session (
    id             bigint generated always as identity primary key,
    name           varchar(100) not null,
    held_on        date         not null,
    domain         varchar(30)  not null,
    pass_mark      numeric(4, 1) not null check (pass_mark > 0 and pass_mark <= 100),
    organiser_id   bigint       not null,
    organiser_seat varchar(12)  not null,
    created_by     bigint       not null,
    created_at     timestamptz  not null,
    published_at   timestamptz
);

create index supervision_exam_session_seat on supervision_exam_session (organiser_seat, held_on);

create table supervision_exam_candidate (
    id            bigint generated always as identity primary key,
    session_id    bigint       not null references supervision_exam_session (id),
    person_id     bigint       not null,
    person_name   varchar(100) not null,
    body_id       bigint       not null,
    registered_at timestamptz  not null,
    general_score numeric(4, 1) check (general_score between 0 and 100),
    special_score numeric(4, 1) check (special_score between 0 and 100),
    passed        boolean,
    unique (session_id, person_id)
);
