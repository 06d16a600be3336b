-- test only: a minimal town record to prove the data scope mechanism independently of any business module
create table scope_probe (
    id             bigint primary key,
    version        bigint       not null default 0,
    town_id        bigint       not null,
    village_id     bigint,
    holder_unit_id bigint       not null,
    title          varchar(100) not null,
    id_number      varchar(40)
);
