-- 行政执法监督: complaints and reports about enforcement (投诉举报), received by the town's judicial office on any
-- channel or on the portal, with a tracking code for the complainant; and the town's periods for accepting and
-- handling them. Every row is a town record held by the judicial office (or the town itself).
create table supervision_complaint (
    id                  bigint primary key,
    version             bigint        not null default 0,
    town_id             bigint        not null references org_unit (id),
    village_id          bigint references org_unit (id),
    holder_unit_id      bigint        not null references org_unit (id),
    tracking_code       varchar(20)   not null,
    channel             varchar(20)   not null,
    subject_unit_id     bigint        not null references org_unit (id),
    subject             varchar(200),
    officer_name        varchar(50),
    case_number         varchar(100),
    content             varchar(4000) not null,
    anonymous           boolean       not null,
    complainant_name    varchar(100),
    complainant_phone   varchar(40),
    received_on         date          not null,
    state               varchar(20)   not null,
    decided_on          date,
    not_accepted_reason varchar(1000),
    concluded_on        date,
    finding             varchar(4000),
    measures            varchar(4000),
    reply               varchar(4000),
    constraint supervision_complaint_channel_ck
        check (channel in ('COMPLAINT_BOX', 'HOTLINE', 'LETTER', 'FORWARDED_12345', 'ONLINE')),
    constraint supervision_complaint_state_ck check (state in ('RECEIVED', 'ACCEPTED', 'NOT_ACCEPTED', 'CONCLUDED'))
);
create unique index ux_supervision_complaint_tracking_code on supervision_complaint (tracking_code);
create index supervision_complaint_town_ix on supervision_complaint (town_id);

create table supervision_setting (
    id                       bigint primary key,
    version                  bigint not null default 0,
    town_id                  bigint not null references org_unit (id),
    village_id               bigint references org_unit (id),
    holder_unit_id           bigint not null references org_unit (id),
    acceptance_working_days  int    not null,
    handling_days            int    not null,
    constraint supervision_setting_town_uq unique (town_id)
);

-- 监督发现 and 监督文书: what the nightly rules found in the data (one open finding per rule and record; a repeat after
-- closure is marked), and the notices the judicial office sends the department about them. Both are held by the
-- department concerned.
create table supervision_notice (
    id             bigint primary key,
    version        bigint        not null default 0,
    town_id        bigint        not null references org_unit (id),
    village_id     bigint references org_unit (id),
    holder_unit_id bigint        not null references org_unit (id),
    kind           varchar(20)   not null,
    number         varchar(60)   not null,
    opinion        varchar(4000) not null,
    issued_on      date          not null,
    answer_by      date          not null,
    state          varchar(20)   not null,
    answer         varchar(4000),
    answered_on    date,
    closed_on      date,
    closing_note   varchar(1000),
    constraint supervision_notice_kind_ck check (kind in ('OPINION', 'RECTIFICATION')),
    constraint supervision_notice_state_ck check (state in ('ISSUED', 'ANSWERED', 'CLOSED'))
);
create index supervision_notice_town_ix on supervision_notice (town_id);

create table supervision_finding (
    id             bigint primary key,
    version        bigint        not null default 0,
    town_id        bigint        not null references org_unit (id),
    village_id     bigint references org_unit (id),
    holder_unit_id bigint        not null references org_unit (id),
    rule           varchar(40)   not null,
    subject_type   varchar(60)   not null,
    subject_id     varchar(60)   not null,
    subject_title  varchar(300)  not null,
    link           varchar(300),
    due_on         date,
    detected_on    date          not null,
    repeat_finding boolean       not null,
    state          varchar(20)   not null,
    notice_id      bigint references supervision_notice (id),
    closed_on      date,
    constraint supervision_finding_state_ck check (state in ('OPEN', 'NOTIFIED', 'CLOSED'))
);
create index supervision_finding_subject_ix on supervision_finding (subject_type, subject_id, rule);
create index supervision_finding_town_ix on supervision_finding (town_id);
