-- 审计链验证: a verification of the whole chain runs in the background; its progress and result are this one row, so
-- that the audit page on any node follows it and a second node cannot start another while it runs. run_id tells the
-- run that writes it; a running row whose heartbeat stopped belonged to a node that went away.
create table audit_verification (
    id           int primary key,
    run_id       varchar(36),
    state        varchar(12)  not null,
    started_by   varchar(60),
    checked      bigint       not null default 0,
    total        bigint       not null default 0,
    first_broken bigint,
    started_at   timestamp with time zone,
    heartbeat_at timestamp with time zone,
    ended_at     timestamp with time zone
);
insert into audit_verification (id, state) values (1, 'NONE');
