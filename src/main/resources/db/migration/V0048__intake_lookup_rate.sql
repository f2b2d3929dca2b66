-- 限流 of tracking-number lookups: a bucket of its own per client address beside the one for public reports
-- (intake_rate_bucket, V0030), so that following a report never uses up the right to send one, nor the reverse.
alter table intake_rate_bucket add column bucket varchar(16) not null default 'report';
alter table intake_rate_bucket drop constraint intake_rate_bucket_pkey;
alter table intake_rate_bucket add primary key (bucket, client);
