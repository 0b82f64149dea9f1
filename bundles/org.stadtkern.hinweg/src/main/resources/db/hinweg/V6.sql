-- Hin & Weg: the time zone of the imported GTFS feed (agency_timezone); its times of day, service
-- days and the hours of the usual occupancy are read in it. Null: the runtime's time zone.
create table if not exists hinweg_feeds (
  tenant varchar(64) not null,
  timezone varchar(64),
  primary key (tenant)
);
