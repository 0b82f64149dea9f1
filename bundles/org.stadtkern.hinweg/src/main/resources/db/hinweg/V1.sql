-- Hin & Weg: the network of the imported GTFS feed, the fleet (vehicles with capacities, counting
-- sensors) and the door events. Every row carries its tenant. Idempotent (H2 commits DDL at once).
create table if not exists hinweg_stops (
  tenant varchar(64) not null,
  stop_id varchar(255) not null,
  name varchar(255) not null,
  latitude double precision not null,
  longitude double precision not null,
  primary key (tenant, stop_id)
);
create table if not exists hinweg_routes (
  tenant varchar(64) not null,
  route_id varchar(255) not null,
  short_name varchar(255) not null,
  long_name varchar(255) not null,
  route_type integer not null,
  primary key (tenant, route_id)
);
create table if not exists hinweg_trips (
  tenant varchar(64) not null,
  trip_id varchar(255) not null,
  route_id varchar(255) not null,
  service_id varchar(255) not null,
  headsign varchar(255) not null,
  primary key (tenant, trip_id)
);
create table if not exists hinweg_stop_times (
  tenant varchar(64) not null,
  trip_id varchar(255) not null,
  stop_sequence integer not null,
  stop_id varchar(255) not null,
  arrival integer,
  departure integer,
  primary key (tenant, trip_id, stop_sequence)
);
-- GTFS-ride trip_capacity per trip, and the capacity of each vehicle (the vehicle's wins)
create table if not exists hinweg_trip_capacities (
  tenant varchar(64) not null,
  trip_id varchar(255) not null,
  seated integer not null,
  standing integer not null,
  wheelchair integer not null,
  bicycles integer not null,
  primary key (tenant, trip_id)
);
create table if not exists hinweg_vehicles (
  tenant varchar(64) not null,
  vehicle_id varchar(100) not null,
  seated integer not null,
  standing integer not null,
  wheelchair integer not null,
  bicycles integer not null,
  primary key (tenant, vehicle_id)
);
create table if not exists hinweg_sensors (
  tenant varchar(64) not null,
  sensor_id varchar(100) not null,
  kind varchar(8) not null,
  vehicle_id varchar(100),
  stop_id varchar(255),
  vdv457 boolean not null,
  status varchar(16) not null,
  datastream_id bigint,
  primary key (tenant, sensor_id)
);
-- one row per door event; the key makes redelivered events duplicates
create table if not exists hinweg_door_events (
  tenant varchar(64) not null,
  sensor_id varchar(100) not null,
  at timestamp with time zone not null,
  vehicle_id varchar(100) not null,
  trip_id varchar(255) not null,
  stop_id varchar(255) not null,
  stop_sequence integer not null,
  boardings integer not null,
  alightings integer not null,
  primary key (tenant, sensor_id, at)
);
create index if not exists hinweg_door_events_trip on hinweg_door_events (tenant, vehicle_id, trip_id);
