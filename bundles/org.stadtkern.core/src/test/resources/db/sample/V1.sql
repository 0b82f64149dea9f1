-- first version
create table sample (id integer primary key, name varchar(20));
insert into sample (id, name) values (1, 'one');
