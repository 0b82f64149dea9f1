alter table sample add column note varchar(100);
insert into sample (id, name, note)
  values (2, 'two', 'spans two lines');
