create table broken_first (id integer);
create table broken_first (id integer);
