-- 政务公开: proactive disclosure catalogue, applications (依申请公开) and their procedure steps,
-- reconsideration and litigation cases about disclosure, and the staff-edited parts of the annual report.

-- 主动公开目录 — one item of the proactive disclosure catalogue
create table disclosure_item (
    id             bigint primary key,
    version        bigint        not null default 0,
    town_id        bigint        not null references org_unit (id),
    village_id     bigint references org_unit (id),
    holder_unit_id bigint        not null references org_unit (id),
    category       varchar(40)   not null,
    title          varchar(200)  not null,
    doc_number     varchar(100),
    body           varchar(20000) not null,
    formed_on      date          not null,
    published_on   date,
    issued_on      date,
    repealed_on    date,
    deadline_id    bigint,
    created_at     timestamp with time zone not null
);
create index disclosure_item_town_ix on disclosure_item (town_id, published_on);

-- 政府信息公开申请 — an application for disclosure and the state of its procedure
create table disclosure_application (
    id                      bigint primary key,
    version                 bigint        not null default 0,
    town_id                 bigint        not null references org_unit (id),
    village_id              bigint references org_unit (id),
    holder_unit_id          bigint        not null references org_unit (id),
    tracking_code           varchar(20)   not null,
    case_number             varchar(100)  not null,
    received_on             date          not null,
    channel                 varchar(20)   not null,
    applicant_type          varchar(20)   not null,
    applicant_name          varchar(100)  not null,
    id_number               varchar(40),
    phone                   varchar(40),
    address                 varchar(300),
    content                 varchar(4000) not null,
    delivery                varchar(200),
    status                  varchar(30)   not null,
    deadline_id             bigint,
    last_step_on            date          not null,
    supplement_sent_on      date,
    supplement_due_on       date,
    supplement_items        varchar(4000),
    supplement_received_on  date,
    extension_decided_on    date,
    extension_days          integer,
    extension_approved_by   varchar(100),
    extension_reason        varchar(1000),
    consultation_started_on date,
    consulted               varchar(200),
    consultation_kind       varchar(20),
    fee_method              varchar(20),
    fee_quantity            integer,
    fee_amount              numeric(14, 2),
    fee_notice_on           date,
    fee_pay_by              date,
    fee_paid_on             date,
    decided_on              date,
    outcome                 varchar(60),
    decision_reason         varchar(4000),
    decided_late            boolean,
    created_at              timestamp with time zone not null,
    constraint disclosure_application_code_uq unique (tracking_code)
);
create index disclosure_application_town_ix on disclosure_application (town_id, received_on);
create index disclosure_application_decided_ix on disclosure_application (town_id, decided_on);

-- one step of an application's procedure (received, supplement requested, extended …), for its timeline
create table disclosure_application_step (
    id             bigint primary key,
    version        bigint        not null default 0,
    application_id bigint        not null references disclosure_application (id),
    step           varchar(40)   not null,
    occurred_on    date          not null,
    detail         varchar(4000),
    actor          varchar(60)   not null,
    recorded_at    timestamp with time zone not null
);
create index disclosure_application_step_ix on disclosure_application_step (application_id);

-- 政府信息公开行政复议、行政诉讼 — a case about disclosure, for table 四 of the annual report
create table disclosure_review_case (
    id             bigint primary key,
    version        bigint        not null default 0,
    town_id        bigint        not null references org_unit (id),
    village_id     bigint references org_unit (id),
    holder_unit_id bigint        not null references org_unit (id),
    kind           varchar(40)   not null,
    case_number    varchar(100)  not null,
    application_id bigint references disclosure_application (id),
    filed_on       date          not null,
    result         varchar(20)   not null,
    concluded_on   date,
    summary        varchar(2000),
    created_at     timestamp with time zone not null
);
create index disclosure_review_case_town_ix on disclosure_review_case (town_id, filed_on);

-- 年度报告 — the parts of an annual disclosure report that staff write or enter by hand
create table disclosure_report_text (
    id               bigint primary key,
    version          bigint        not null default 0,
    town_id          bigint        not null references org_unit (id),
    village_id       bigint references org_unit (id),
    holder_unit_id   bigint        not null references org_unit (id),
    report_year      integer       not null,
    overview         varchar(20000),
    problems         varchar(20000),
    other_matters    varchar(20000),
    licence_decisions integer,
    fee_income_wan   numeric(14, 4),
    constraint disclosure_report_text_uq unique (holder_unit_id, report_year)
);
