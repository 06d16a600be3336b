-- 台账导入任务: background imports and their progress live in the database, so that every node of a cluster shows
-- them and an import cut off by a stopped node is marked interrupted instead of running forever
create table ledger_import_job (
    id              varchar(36)  not null primary key,
    owner           varchar(60)  not null,
    ledger_name     varchar(100) not null,
    file_name       varchar(255) not null,
    language        varchar(35)  not null,
    state           varchar(12)  not null,
    total_rows      bigint       not null default 0,
    rows_read       bigint       not null default 0,
    rows_imported   integer      not null default 0,
    rows_skipped    integer      not null default 0,
    rows_rejected   integer      not null default 0,
    cancel_requested boolean     not null default false,
    node_id         varchar(255) not null,
    heartbeat_at    timestamp with time zone not null,
    started_at      timestamp with time zone not null,
    ended_at        timestamp with time zone
);
create index ledger_import_job_owner on ledger_import_job (owner, started_at);
create index ledger_import_job_state on ledger_import_job (state, heartbeat_at);

-- the rejected rows of a job, with the column and the reason in the importer's language
create table ledger_import_rejection (
    job_id      varchar(36)   not null references ledger_import_job (id) on delete cascade,
    seq         integer       not null,
    row_no      bigint        not null,
    column_name varchar(100),
    reason      varchar(1000) not null,
    primary key (job_id, seq)
);
