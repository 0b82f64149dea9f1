-- Data sovereignty: the dataset a Datastream belongs to (its properties.dataset, '' for none), kept
-- by the service, so that access checks and retention select by it without reading JSON.
alter table sta_datastreams add column if not exists dataset varchar(100) default '' not null;
create index if not exists sta_datastreams_dataset on sta_datastreams (tenant, dataset);
