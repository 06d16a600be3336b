-- 公共法律服务阵地: service points (公共法律服务中心, 村（居）公共法律服务室, 公调对接站 …), 智能法务机 kiosks with their
-- monthly usage, and 法治直播间 broadcasts with their guests and the questions the public leaves for them. Every row
-- is a town record, held by the town or by the village where it stands.
create table legalservice_service_point (
    id             bigint primary key,
    version        bigint        not null default 0,
    town_id        bigint        not null references org_unit (id),
    village_id     bigint references org_unit (id),
    holder_unit_id bigint        not null references org_unit (id),
    kind           varchar(30)   not null,
    name           varchar(100)  not null,
    address        varchar(200)  not null,
    opening_hours  varchar(100)  not null,
    offers         varchar(500)  not null,
    constraint legalservice_point_kind_ck check (kind in ('CENTRE', 'VILLAGE_ROOM', 'MEDIATION_STATION', 'OTHER'))
);
create index legalservice_point_town_ix on legalservice_service_point (town_id);

create table legalservice_kiosk (
    id              bigint primary key,
    version         bigint        not null default 0,
    town_id         bigint        not null references org_unit (id),
    village_id      bigint references org_unit (id),
    holder_unit_id  bigint        not null references org_unit (id),
    place           varchar(100)  not null,
    supplier        varchar(100)  not null,
    in_service_from date          not null,
    in_service_to   date,
    constraint legalservice_kiosk_period_ck check (in_service_to is null or in_service_to >= in_service_from)
);
create index legalservice_kiosk_town_ix on legalservice_kiosk (town_id);

create table legalservice_kiosk_usage (
    id             bigint primary key,
    version        bigint        not null default 0,
    town_id        bigint        not null references org_unit (id),
    village_id     bigint references org_unit (id),
    holder_unit_id bigint        not null references org_unit (id),
    kiosk_id       bigint        not null references legalservice_kiosk (id),
    usage_month    date          not null,
    consultations  integer       not null,
    documents      integer       not null,
    video_calls    integer       not null,
    constraint legalservice_usage_uq unique (kiosk_id, usage_month)
);

create table legalservice_broadcast (
    id                 bigint primary key,
    version            bigint        not null default 0,
    town_id            bigint        not null references org_unit (id),
    village_id         bigint references org_unit (id),
    holder_unit_id     bigint        not null references org_unit (id),
    starts_at          timestamp     not null,
    topic              varchar(200)  not null,
    platform           varchar(100)  not null,
    link               varchar(500)  not null,
    viewers            integer,
    questions_received integer,
    questions_answered integer,
    replay_link        varchar(500)
);
create index legalservice_broadcast_town_ix on legalservice_broadcast (town_id, starts_at);

create table legalservice_broadcast_guest (
    id             bigint primary key,
    version        bigint       not null default 0,
    town_id        bigint       not null references org_unit (id),
    village_id     bigint references org_unit (id),
    holder_unit_id bigint       not null references org_unit (id),
    broadcast_id   bigint       not null references legalservice_broadcast (id),
    guest_name   varchar(50)  not null,
    guest_role   varchar(30)  not null,
    sort_order   integer      not null,
    constraint legalservice_guest_role_ck check (guest_role in ('JUDGE', 'PROSECUTOR', 'POLICE', 'LAWYER',
                                                               'JUDICIAL_OFFICER'))
);

create table legalservice_broadcast_question (
    id             bigint primary key,
    version        bigint        not null default 0,
    town_id        bigint        not null references org_unit (id),
    village_id     bigint references org_unit (id),
    holder_unit_id bigint        not null references org_unit (id),
    broadcast_id   bigint        not null references legalservice_broadcast (id),
    question       varchar(500)  not null,
    left_on        date          not null
);
create index legalservice_bq_broadcast_ix on legalservice_broadcast_question (broadcast_id);
