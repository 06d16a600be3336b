-- 组织与权限: org tree, users, roles, permissions, password policy, settings
create sequence fazhi_seq start with 1000 increment by 50;

create table org_unit (
    id          bigint primary key,
    version     bigint       not null default 0,
    name        varchar(100) not null,
    type        varchar(20)  not null,
    parent_id   bigint references org_unit (id),
    code        varchar(40),
    demo        boolean      not null default false,
    sort_order  int          not null default 0,
    active      boolean      not null default true,
    constraint org_unit_type_ck check (type in ('DISTRICT', 'TOWN', 'VILLAGE', 'DEPARTMENT')),
    constraint org_unit_name_uq unique (parent_id, name)
);
create index org_unit_parent_ix on org_unit (parent_id);

create table app_user (
    id                  bigint primary key,
    version             bigint       not null default 0,
    username            varchar(60)  not null,
    display_name        varchar(60)  not null,
    password_hash       varchar(200) not null,
    home_unit_id        bigint       not null references org_unit (id),
    enabled             boolean      not null default true,
    failed_attempts     int          not null default 0,
    locked_until        timestamp with time zone,
    password_changed_at timestamp with time zone,
    phone               varchar(40),
    constraint app_user_username_uq unique (username)
);

create table app_user_role (
    user_id bigint      not null references app_user (id),
    role    varchar(30) not null,
    primary key (user_id, role)
);

create table role_grant (
    id         bigint primary key,
    version    bigint      not null default 0,
    role       varchar(30) not null,
    constraint role_grant_role_uq unique (role)
);

create table role_grant_permission (
    role_grant_id bigint      not null references role_grant (id),
    permission    varchar(40) not null,
    primary key (role_grant_id, permission)
);

create table password_policy (
    id                      bigint primary key,
    version                 bigint not null default 0,
    min_length              int    not null,
    require_letter_and_digit boolean not null,
    max_failed_attempts     int    not null,
    lock_minutes            int    not null,
    session_timeout_minutes int    not null,
    max_age_days            int    not null
);

create table platform_setting (
    id         bigint primary key,
    version    bigint       not null default 0,
    town_id    bigint references org_unit (id),
    setting_key varchar(80) not null,
    setting_value varchar(400) not null,
    constraint platform_setting_uq unique (town_id, setting_key)
);

create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
