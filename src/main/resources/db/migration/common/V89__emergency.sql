-- 依法应对突发事件: contingency plans with their drills and revisions, the duty roster with handovers, incidents with
-- their reports and rumour responses, and public warnings. Every row is a town record held by the town's emergency
-- office (or the town itself). Times are instants stored with their zone and shown in Beijing time.
create table emergency_plan (
    id                bigint primary key,
    version           bigint        not null default 0,
    town_id           bigint        not null references org_unit (id),
    village_id        bigint references org_unit (id),
    holder_unit_id    bigint        not null references org_unit (id),
    title             varchar(200)  not null,
    plan_scope        varchar(20)   not null,
    event_kind        varchar(30),
    adopted_on        date          not null,
    last_evaluated_on date,
    last_drill_on     date,
    revision_no       int           not null default 0,
    constraint emergency_plan_scope_ck check (plan_scope in ('OVERALL', 'SPECIAL')),
    constraint emergency_plan_kind_ck check (event_kind in ('NATURAL_DISASTER', 'ACCIDENT', 'PUBLIC_HEALTH',
                                                            'SOCIAL_SECURITY'))
);
create index emergency_plan_town_ix on emergency_plan (town_id);

create table emergency_plan_drill (
    id             bigint primary key,
    version        bigint        not null default 0,
    town_id        bigint        not null references org_unit (id),
    village_id     bigint references org_unit (id),
    holder_unit_id bigint        not null references org_unit (id),
    plan_id        bigint        not null references emergency_plan (id),
    held_on        date          not null,
    scenario       varchar(500)  not null,
    participants   varchar(500)  not null,
    findings       varchar(2000)
);
create index emergency_plan_drill_plan_ix on emergency_plan_drill (plan_id);

create table emergency_plan_revision (
    id             bigint primary key,
    version        bigint        not null default 0,
    town_id        bigint        not null references org_unit (id),
    village_id     bigint references org_unit (id),
    holder_unit_id bigint        not null references org_unit (id),
    plan_id        bigint        not null references emergency_plan (id),
    revision_no    int           not null,
    revised_on     date          not null,
    kind           varchar(20)   not null,
    note           varchar(2000) not null,
    incident_id    bigint,
    constraint emergency_plan_revision_kind_ck check (kind in ('EVALUATION', 'REVISION'))
);
create index emergency_plan_revision_plan_ix on emergency_plan_revision (plan_id);

create table emergency_duty_day (
    id             bigint primary key,
    version        bigint        not null default 0,
    town_id        bigint        not null references org_unit (id),
    village_id     bigint references org_unit (id),
    holder_unit_id bigint        not null references org_unit (id),
    duty_date      date          not null,
    leader         varchar(50),
    staff          varchar(200)  not null,
    phone          varchar(40)   not null,
    constraint emergency_duty_day_uq unique (town_id, duty_date)
);

create table emergency_duty_handover (
    id             bigint primary key,
    version        bigint        not null default 0,
    town_id        bigint        not null references org_unit (id),
    village_id     bigint references org_unit (id),
    holder_unit_id bigint        not null references org_unit (id),
    handed_at      timestamp with time zone not null,
    handed_by      varchar(50)   not null,
    taken_by       varchar(50)   not null,
    notes          varchar(2000) not null
);
create index emergency_duty_handover_town_ix on emergency_duty_handover (town_id, handed_at);

create table emergency_incident (
    id                   bigint primary key,
    version              bigint        not null default 0,
    town_id              bigint        not null references org_unit (id),
    village_id           bigint references org_unit (id),
    holder_unit_id       bigint        not null references org_unit (id),
    kind                 varchar(30)   not null,
    severity             varchar(20)   not null,
    occurred_at          timestamp with time zone not null,
    known_at             timestamp with time zone not null,
    place                varchar(200)  not null,
    place_village_id     bigint references org_unit (id),
    casualties           int           not null default 0,
    summary              varchar(2000) not null,
    state                varchar(20)   not null,
    response_level       varchar(20),
    measures             varchar(2000),
    resources            varchar(1000),
    people_moved         int,
    response_at          timestamp with time zone,
    recovery             varchar(2000),
    recovery_at          timestamp with time zone,
    evaluation           varchar(4000),
    lessons              varchar(2000),
    evaluated_on         date,
    public_info          varchar(2000),
    public_info_at       timestamp with time zone,
    constraint emergency_incident_kind_ck check (kind in ('NATURAL_DISASTER', 'ACCIDENT', 'PUBLIC_HEALTH',
                                                          'SOCIAL_SECURITY')),
    constraint emergency_incident_severity_ck check (severity in ('EXTRAORDINARY', 'MAJOR', 'LARGE', 'GENERAL')),
    constraint emergency_incident_state_ck check (state in ('REPORTING', 'RESPONSE', 'RECOVERY', 'INVESTIGATION',
                                                           'CLOSED')),
    constraint emergency_incident_level_ck check (response_level in ('LEVEL_1', 'LEVEL_2', 'LEVEL_3', 'LEVEL_4'))
);
create index emergency_incident_town_ix on emergency_incident (town_id, known_at);

create table emergency_report (
    id             bigint primary key,
    version        bigint        not null default 0,
    town_id        bigint        not null references org_unit (id),
    village_id     bigint references org_unit (id),
    holder_unit_id bigint        not null references org_unit (id),
    incident_id    bigint        not null references emergency_incident (id),
    kind           varchar(20)   not null,
    made_at        timestamp with time zone not null,
    recipient      varchar(100)  not null,
    channel        varchar(100)  not null,
    late           boolean       not null,
    constraint emergency_report_kind_ck check (kind in ('FIRST', 'WRITTEN', 'FOLLOW_UP'))
);
create index emergency_report_incident_ix on emergency_report (incident_id);

create table emergency_rumour_response (
    id             bigint primary key,
    version        bigint        not null default 0,
    town_id        bigint        not null references org_unit (id),
    village_id     bigint references org_unit (id),
    holder_unit_id bigint        not null references org_unit (id),
    incident_id    bigint        not null references emergency_incident (id),
    noticed_at     timestamp with time zone not null,
    rumour         varchar(1000) not null,
    response       varchar(2000) not null,
    channel        varchar(100)  not null
);
create index emergency_rumour_incident_ix on emergency_rumour_response (incident_id);

create table emergency_warning (
    id             bigint primary key,
    version        bigint        not null default 0,
    town_id        bigint        not null references org_unit (id),
    village_id     bigint references org_unit (id),
    holder_unit_id bigint        not null references org_unit (id),
    warning_level  varchar(20)   not null,
    title          varchar(200)  not null,
    area           varchar(500),
    measures       varchar(2000) not null,
    valid_from     timestamp with time zone not null,
    valid_until    timestamp with time zone,
    issued_at      timestamp with time zone not null,
    lifted_at      timestamp with time zone,
    lift_reason    varchar(500),
    constraint emergency_warning_level_ck check (warning_level in ('RED', 'ORANGE', 'YELLOW', 'BLUE'))
);
create index emergency_warning_town_ix on emergency_warning (town_id, lifted_at);

-- 应急值班: a new role for the town emergency office. A new installation gets its grant from the defaults in code;
-- an existing one gets it here, and the leader (reads and directs the response) and the district supervisor (reads)
-- get the new permissions.
insert into role_grant (id, version, role)
select nextval('fazhi_seq'), 0, 'EMERGENCY_OFFICER'
where exists (select 1 from role_grant)
  and not exists (select 1 from role_grant where role = 'EMERGENCY_OFFICER');

insert into role_grant_permission (role_grant_id, permission)
select g.id, p.permission
from role_grant g
join (select 'EMERGENCY_OFFICER' as role, 'STAFF_BASIC' as permission
      union all select 'EMERGENCY_OFFICER', 'DEADLINE_READ'
      union all select 'EMERGENCY_OFFICER', 'FILE_READ'
      union all select 'EMERGENCY_OFFICER', 'FILE_WRITE'
      union all select 'EMERGENCY_OFFICER', 'LEDGER_IMPORT'
      union all select 'EMERGENCY_OFFICER', 'EMERGENCY_READ'
      union all select 'EMERGENCY_OFFICER', 'EMERGENCY_MANAGE'
      union all select 'LEADER', 'EMERGENCY_READ'
      union all select 'LEADER', 'EMERGENCY_MANAGE'
      union all select 'SUPERVISOR', 'EMERGENCY_READ') p on p.role = g.role
where not exists (select 1 from role_grant_permission d
                  where d.role_grant_id = g.id and d.permission = p.permission);
