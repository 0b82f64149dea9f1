-- Hin & Weg: whether a counted event or reading has its copy on the urban data platform yet (the raw
-- counts as SensorThings Observations). These tables are the record; the copies are made from them
-- (PlatformCopies), also after a crash, an outage of the platform or its later installation. Rows
-- stored before this column existed were copied as they came.
alter table hinweg_door_events add column if not exists platform_copied boolean default true not null;
alter table hinweg_stop_counts add column if not exists platform_copied boolean default true not null;
create index if not exists hinweg_door_events_uncopied on hinweg_door_events (platform_copied, at);
create index if not exists hinweg_stop_counts_uncopied on hinweg_stop_counts (platform_copied, at);
