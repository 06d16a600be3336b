-- 合法性审查: drafts sent to the judicial office's legal reviewer (行政规范性文件, 重大行政决策草案, 政府合同, others),
-- counsel's opinions asked for them, and the town's setting for the kinds no statute gives a period. Every row is a
-- town record held by the town's judicial office (or the town itself).
create table legality_review (
    id                bigint primary key,
    version           bigint        not null default 0,
    town_id           bigint        not null references org_unit (id),
    village_id        bigint references org_unit (id),
    holder_unit_id    bigint        not null references org_unit (id),
    kind              varchar(30)   not null,
    title             varchar(200)  not null,
    drafting_unit_id  bigint        not null references org_unit (id),
    received_on       date          not null,
    requested_by      date,
    urgency_reason    varchar(500),
    state             varchar(30)   not null,
    reviewer          varchar(60),
    returned_on       date,
    return_reason     varchar(500),
    conclusion        varchar(30),
    reasons           varchar(4000),
    legal_basis       varchar(1000),
    concluded_on      date,
    constraint legality_review_kind_ck check (kind in ('NORMATIVE_DOCUMENT', 'MAJOR_DECISION', 'CONTRACT', 'OTHER')),
    constraint legality_review_state_ck check (state in ('UNDER_REVIEW', 'RETURNED', 'AWAITING_COUNSEL', 'CONCLUDED')),
    constraint legality_review_conclusion_ck check (conclusion in ('LAWFUL', 'LAWFUL_WITH_CHANGES', 'UNLAWFUL'))
);
create index legality_review_town_ix on legality_review (town_id);

create table legality_counsel_opinion (
    id             bigint primary key,
    version        bigint        not null default 0,
    town_id        bigint        not null references org_unit (id),
    village_id     bigint references org_unit (id),
    holder_unit_id bigint        not null references org_unit (id),
    review_id      bigint        not null references legality_review (id),
    counsel        varchar(60)   not null,
    asked_on       date          not null,
    opinion        varchar(4000),
    written_on     date
);
create index legality_counsel_opinion_review_ix on legality_counsel_opinion (review_id);
create index legality_counsel_opinion_town_ix on legality_counsel_opinion (town_id);

create table legality_setting (
    id                    bigint primary key,
    version               bigint not null default 0,
    town_id               bigint not null references org_unit (id),
    village_id            bigint references org_unit (id),
    holder_unit_id        bigint not null references org_unit (id),
    other_working_days    int    not null,
    counsel_working_days  int    not null,
    constraint legality_setting_town_uq unique (town_id)
);
