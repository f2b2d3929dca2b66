-- 认领: a unit the event was not assigned to says it is responsible, with its reason. A second claimant, or the
-- assigned unit returning the event while another has claimed it, opens a dispute to the county coordinating body;
-- the claims are then the dispute's (dispute_id), listed for the coordinator who decides.
create table intake_claim (
    id         bigint generated always as identity primary key,
    event_id   bigint        not null references intake_event (id),
    org_id     bigint        not null references organization (id),
    reason     varchar(1000) not null,
    claimed_at timestamptz   not null,
    claimed_by bigint        not null,
    dispute_id bigint references intake_dispute (id)
);
create unique index intake_claim_once_idx on intake_claim (event_id, org_id, coalesce(dispute_id, 0));
