-- Hin & Weg: a door counter's raw counts are two SensorThings Datastreams (boardings in
-- datastream_id, alightings here); a stop counter's one (people waiting, in datastream_id).
alter table hinweg_sensors add column if not exists alightings_datastream_id bigint;
