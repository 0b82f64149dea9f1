-- Hin & Weg, retention: door events past their dataset's retention are summed per trip, stop and
-- hour into this table (then deleted), when the policy aggregates.
create table if not exists hinweg_counts_hourly (
  tenant varchar(64) not null,
  trip_id varchar(255) not null,
  stop_id varchar(255) not null,
  stop_sequence integer not null,
  hour_start timestamp with time zone not null,
  boardings integer not null,
  alightings integer not null,
  events integer not null,
  primary key (tenant, trip_id, stop_sequence, hour_start)
);
