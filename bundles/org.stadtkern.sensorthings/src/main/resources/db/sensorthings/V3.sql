-- Data sovereignty, retention: an aggregate Observation written by a retention run records how many
-- raw Observations it summarises (null for raw Observations), so that later runs keep it as it is.
alter table sta_observations add column if not exists aggregate_of bigint;
