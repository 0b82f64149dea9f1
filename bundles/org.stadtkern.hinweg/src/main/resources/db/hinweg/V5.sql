-- Hin & Weg: the service calendar of the imported GTFS feed (calendar.txt: weekdays as seven
-- characters 0/1 from Monday, and the validity; calendar_dates.txt: 1 added, 2 removed on a date).
create table if not exists hinweg_services (
  tenant varchar(64) not null,
  service_id varchar(255) not null,
  days char(7) not null,
  start_date date not null,
  end_date date not null,
  primary key (tenant, service_id)
);
create table if not exists hinweg_service_dates (
  tenant varchar(64) not null,
  service_id varchar(255) not null,
  service_date date not null,
  exception_type integer not null,
  primary key (tenant, service_id, service_date)
);
