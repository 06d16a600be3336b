-- 法治队伍: village legal advisors and their engagements (one row per advisor and village), the town government's
-- counsel contracts, 法律明白人 and 法治副校长, the advisors' service log and the town's service norms. Every row is a
-- town record: an engagement, a log entry and a 法律明白人 are held by their village, the rest by the town.
create table counsel_advisor (
    id             bigint primary key,
    version        bigint       not null default 0,
    town_id        bigint       not null references org_unit (id),
    village_id     bigint references org_unit (id),
    holder_unit_id bigint       not null references org_unit (id),
    full_name      varchar(50)  not null,
    firm           varchar(100) not null,
    licence_number varchar(17)  not null,
    phone          varchar(30),
    username       varchar(60),
    constraint counsel_advisor_licence_uq unique (town_id, licence_number)
);
create index counsel_advisor_town_ix on counsel_advisor (town_id);

create table counsel_engagement (
    id             bigint primary key,
    version        bigint       not null default 0,
    town_id        bigint       not null references org_unit (id),
    village_id     bigint references org_unit (id),
    holder_unit_id bigint       not null references org_unit (id),
    advisor_id     bigint       not null references counsel_advisor (id),
    starts_on      date         not null,
    ends_on        date         not null,
    constraint counsel_engagement_uq unique (advisor_id, holder_unit_id, starts_on),
    constraint counsel_engagement_period_ck check (ends_on >= starts_on)
);
create index counsel_engagement_advisor_ix on counsel_engagement (advisor_id);
create index counsel_engagement_town_ix on counsel_engagement (town_id);

create table counsel_town_contract (
    id             bigint primary key,
    version        bigint        not null default 0,
    town_id        bigint        not null references org_unit (id),
    village_id     bigint references org_unit (id),
    holder_unit_id bigint        not null references org_unit (id),
    firm           varchar(100)  not null,
    lawyer         varchar(50)   not null,
    starts_on      date          not null,
    ends_on        date          not null,
    service_scope  varchar(500)  not null,
    constraint counsel_town_contract_period_ck check (ends_on >= starts_on)
);
create index counsel_town_contract_town_ix on counsel_town_contract (town_id);

create table counsel_team_member (
    id             bigint primary key,
    version        bigint       not null default 0,
    town_id        bigint       not null references org_unit (id),
    village_id     bigint references org_unit (id),
    holder_unit_id bigint       not null references org_unit (id),
    kind           varchar(30)  not null,
    full_name      varchar(50)  not null,
    work_unit      varchar(100) not null,
    school         varchar(100),
    trained_on     date,
    constraint counsel_team_member_kind_ck check (kind in ('LEGAL_AWARE_PERSON', 'SCHOOL_VICE_PRINCIPAL'))
);
create index counsel_team_member_town_ix on counsel_team_member (town_id);

create table counsel_service_log (
    id             bigint primary key,
    version        bigint       not null default 0,
    town_id        bigint       not null references org_unit (id),
    village_id     bigint references org_unit (id),
    holder_unit_id bigint       not null references org_unit (id),
    advisor_id     bigint       not null references counsel_advisor (id),
    served_on      date         not null,
    on_site_days   int          not null,
    talks          int          not null,
    questions      int          not null,
    documents      int          not null,
    note           varchar(500),
    constraint counsel_service_log_counts_ck check (on_site_days >= 0 and talks >= 0 and questions >= 0
        and documents >= 0)
);
create index counsel_service_log_advisor_ix on counsel_service_log (advisor_id);
create index counsel_service_log_town_ix on counsel_service_log (town_id);

create table counsel_setting (
    id                bigint primary key,
    version           bigint not null default 0,
    town_id           bigint not null references org_unit (id),
    village_id        bigint references org_unit (id),
    holder_unit_id    bigint not null references org_unit (id),
    norm_on_site_days int    not null,
    norm_talks        int    not null,
    norm_questions    int    not null,
    norm_documents    int    not null,
    constraint counsel_setting_town_uq unique (town_id)
);
