-- 执法人员与行政执法证: the register of enforcement officers, their certificates and the certificate lifecycle
-- (申领 / 换证 / 注销 / 清理), each an event with its date. Every row is a town record held by the officer's unit.
create table enforcement_officer (
    id             bigint primary key,
    version        bigint       not null default 0,
    town_id        bigint       not null references org_unit (id),
    village_id     bigint references org_unit (id),
    holder_unit_id bigint       not null references org_unit (id),
    full_name      varchar(50)  not null,
    id_number      varchar(18)  not null,
    category       varchar(100) not null,
    exam_result    varchar(20)  not null,
    username       varchar(60),
    active         boolean      not null default true,
    constraint enforcement_officer_id_uq unique (town_id, id_number),
    constraint enforcement_officer_exam_ck check (exam_result in ('PASSED', 'FAILED', 'NOT_TAKEN'))
);
create index enforcement_officer_town_ix on enforcement_officer (town_id);
create index enforcement_officer_user_ix on enforcement_officer (username);

create table officer_training (
    id             bigint primary key,
    version        bigint       not null default 0,
    town_id        bigint       not null references org_unit (id),
    village_id     bigint references org_unit (id),
    holder_unit_id bigint       not null references org_unit (id),
    officer_id     bigint       not null references enforcement_officer (id),
    training_year  int          not null,
    hours          numeric(6, 1) not null,
    constraint officer_training_uq unique (officer_id, training_year)
);

create table enforcement_certificate (
    id             bigint primary key,
    version        bigint       not null default 0,
    town_id        bigint       not null references org_unit (id),
    village_id     bigint references org_unit (id),
    holder_unit_id bigint       not null references org_unit (id),
    officer_id     bigint       not null references enforcement_officer (id),
    cert_number    varchar(40)  not null,
    category       varchar(100) not null,
    issued_on      date         not null,
    valid_until    date         not null,
    status         varchar(20)  not null,
    ended_on       date,
    expiry_clock_id bigint,
    constraint enforcement_certificate_number_uq unique (cert_number),
    constraint enforcement_certificate_status_ck check (status in ('VALID', 'REPLACED', 'CANCELLED', 'CLEARED'))
);
create index enforcement_certificate_officer_ix on enforcement_certificate (officer_id);
create index enforcement_certificate_town_ix on enforcement_certificate (town_id);

create table certificate_event (
    id             bigint primary key,
    version        bigint       not null default 0,
    town_id        bigint       not null references org_unit (id),
    village_id     bigint references org_unit (id),
    holder_unit_id bigint       not null references org_unit (id),
    certificate_id bigint       not null references enforcement_certificate (id),
    officer_id     bigint       not null references enforcement_officer (id),
    event_type     varchar(20)  not null,
    event_date     date         not null,
    valid_until    date,
    note           varchar(300),
    constraint certificate_event_type_ck check (event_type in ('APPLY', 'RENEW', 'CANCEL', 'CLEAR'))
);
create index certificate_event_cert_ix on certificate_event (certificate_id);
create index certificate_event_town_date_ix on certificate_event (town_id, event_date);
