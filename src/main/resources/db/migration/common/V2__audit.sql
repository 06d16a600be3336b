-- 审计: append-only, hash-chained audit trail. One chain for the installation; the head row is locked by every
-- appending transaction so that concurrent transactions cannot fork the chain.
create table audit_event (
    seq_no        bigint primary key,
    occurred_at   timestamp with time zone not null,
    actor         varchar(60)  not null,
    actor_unit_id bigint,
    town_id       bigint,
    entity_type   varchar(80)  not null,
    entity_id     varchar(40)  not null,
    action        varchar(120) not null,
    before_state  text,
    after_state   text,
    reason        varchar(1000),
    request_id    varchar(40),
    prev_hash     varchar(64)  not null,
    hash          varchar(64)  not null
);
create index audit_event_entity_ix on audit_event (entity_type, entity_id);
create index audit_event_town_ix on audit_event (town_id, occurred_at);
create index audit_event_actor_ix on audit_event (actor, occurred_at);

create table audit_chain_head (
    id        int primary key,
    last_seq  bigint      not null,
    last_hash varchar(64) not null
);
insert into audit_chain_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
