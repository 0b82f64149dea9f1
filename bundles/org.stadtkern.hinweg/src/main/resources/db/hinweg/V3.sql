-- Hin & Weg: readings of the people counters at stops (how many wait there), one per sensor and time.
create table if not exists hinweg_stop_counts (
  tenant varchar(64) not null,
  sensor_id varchar(100) not null,
  at timestamp with time zone not null,
  stop_id varchar(255) not null,
  waiting integer not null,
  primary key (tenant, sensor_id, at)
);
create index if not exists hinweg_stop_counts_stop on hinweg_stop_counts (tenant, stop_id, at);
