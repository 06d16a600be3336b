-- 领导干部学法: the leaders' study sessions (党政联席会, 中心组学习, 专题业务培训, 会前学法) with who attended, the
-- town's annual study plan, and the first responsible person's 述法 statement for a year. Town records held by the
-- unit that recorded them.
create table study_session (
    id             bigint primary key,
    version        bigint       not null default 0,
    town_id        bigint       not null references org_unit (id),
    village_id     bigint references org_unit (id),
    holder_unit_id bigint       not null references org_unit (id),
    held_on        date         not null,
    form           varchar(30)  not null,
    topic          varchar(200) not null,
    host           varchar(60)  not null,
    participants   int          not null,
    materials      varchar(500),
    constraint study_session_form_ck check (form in ('JOINT_MEETING', 'CENTRAL_GROUP', 'TRAINING', 'BEFORE_MEETING',
                                                     'OTHER'))
);
create index study_session_town_ix on study_session (town_id, held_on);

create table study_attendee (
    session_id bigint      not null references study_session (id),
    username   varchar(60) not null,
    primary key (session_id, username)
);

create table study_plan (
    id             bigint primary key,
    version        bigint not null default 0,
    town_id        bigint not null references org_unit (id),
    village_id     bigint references org_unit (id),
    holder_unit_id bigint not null references org_unit (id),
    plan_year      int    not null,
    planned        int    not null,
    constraint study_plan_uq unique (town_id, plan_year)
);

create table study_statement (
    id             bigint primary key,
    version        bigint        not null default 0,
    town_id        bigint        not null references org_unit (id),
    village_id     bigint references org_unit (id),
    holder_unit_id bigint        not null references org_unit (id),
    statement_year int           not null,
    responsible    varchar(60)   not null,
    content        varchar(8000) not null,
    constraint study_statement_uq unique (town_id, statement_year)
);
