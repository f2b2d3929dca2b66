-- 监督意见: findings an external supervisor (行政执法监督员) records about an enforcement body, optionally about one of its
-- cases, inspections or complaints; the 司法局 answers them (docs/adr/0038-external-supervisors-and-exams.md).
create table supervision_observation (
    id             bigint generated always as identity primary key,
    body_id        bigint        not null,
    body_seat      varchar(12)   not null,
    reference_kind varchar(20),
    reference      varchar(64),
    text           varchar(2000) not null,
    observed_on    date          not null,
    recorded_by    bigint        not null,
    recorder_name  varchar(100)  not null,
    recorded_at    timestamptz   not null,
    answer         varchar(2000),
    answered_by    bigint,
    answered_on    date,
    check ((reference_kind is null) = (reference is null))
);

create index supervision_observation_seat on supervision_observation (body_seat, observed_on);
