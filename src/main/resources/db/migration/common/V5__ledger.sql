-- 台账导入: the natural keys of imported rows per ledger and town, so that importing a file again skips its rows
create table ledger_import_key (
    ledger_name varchar(100)  not null,
    town_id     bigint        not null references org_unit (id),
    key_hash    varchar(64)   not null,
    natural_key varchar(1000) not null,
    imported_at timestamp with time zone not null,
    imported_by varchar(60)   not null,
    primary key (ledger_name, town_id, key_hash)
);
