-- 重大行政决策, 行政规范性文件 and 政府合同: the registers kept next to the legality reviews they link to. Every row is a
-- town record held by the drafting unit's town; the leader runs the decision procedure.
create table legality_major_decision (
    id                       bigint primary key,
    version                  bigint        not null default 0,
    town_id                  bigint        not null references org_unit (id),
    village_id               bigint references org_unit (id),
    holder_unit_id           bigint        not null references org_unit (id),
    title                    varchar(200)  not null,
    drafting_unit_id         bigint        not null references org_unit (id),
    scope_item               varchar(30)   not null,
    catalogue_year           int           not null,
    state                    varchar(30)   not null,
    consultation_opens_on    date,
    consultation_closes_on   date,
    consultation_reason      varchar(500),
    consultation_draft       varchar(4000),
    consultation_summary     varchar(4000),
    expert_on                date,
    expert_summary           varchar(4000),
    risk_on                  date,
    risk_level               varchar(20),
    risk_measures            varchar(4000),
    counsel_name             varchar(60),
    counsel_opinion          varchar(4000),
    counsel_on               date,
    review_id                bigint references legality_review (id),
    meeting                  varchar(200),
    attendees                varchar(1000),
    held_on                  date,
    result                   varchar(20),
    dissent                  varchar(4000),
    published_on             date,
    published_text           varchar(8000),
    evaluated_on             date,
    evaluation               varchar(4000),
    adjustment               varchar(4000),
    constraint legality_major_decision_scope_ck check (scope_item in
        ('PUBLIC_POLICY', 'PLAN', 'RESOURCES', 'CONSTRUCTION_PROJECT', 'OTHER')),
    constraint legality_major_decision_result_ck check (result in ('ADOPTED', 'AMENDED', 'REJECTED', 'DEFERRED')),
    constraint legality_major_decision_risk_ck check (risk_level in ('LOW', 'MEDIUM', 'HIGH'))
);
create index legality_major_decision_town_ix on legality_major_decision (town_id);

create table legality_decision_comment (
    id             bigint primary key,
    version        bigint        not null default 0,
    town_id        bigint        not null references org_unit (id),
    village_id     bigint references org_unit (id),
    holder_unit_id bigint        not null references org_unit (id),
    decision_id    bigint        not null references legality_major_decision (id),
    received_on    date          not null,
    commenter      varchar(100),
    comment_text   varchar(4000) not null,
    answer         varchar(4000)
);
create index legality_decision_comment_decision_ix on legality_decision_comment (decision_id);

create table legality_contract (
    id                bigint primary key,
    version           bigint         not null default 0,
    town_id           bigint         not null references org_unit (id),
    village_id        bigint references org_unit (id),
    holder_unit_id    bigint         not null references org_unit (id),
    subject           varchar(200)   not null,
    drafting_unit_id  bigint         not null references org_unit (id),
    counterparty      varchar(200)   not null,
    amount            numeric(14, 2) not null,
    review_id         bigint references legality_review (id),
    signed_on         date
);
create index legality_contract_town_ix on legality_contract (town_id);

create table legality_normative_document (
    id                 bigint primary key,
    version            bigint        not null default 0,
    town_id            bigint        not null references org_unit (id),
    village_id         bigint references org_unit (id),
    holder_unit_id     bigint        not null references org_unit (id),
    title              varchar(200)  not null,
    drafting_unit_id   bigint        not null references org_unit (id),
    state              varchar(30)   not null,
    consultation_from  date,
    consultation_to    date,
    review_id          bigint references legality_review (id),
    deliberated_on     date,
    meeting            varchar(200),
    doc_number         varchar(100),
    published_on       date,
    in_force_from      date,
    valid_until        date,
    filed_on           date,
    cleaned_on         date,
    cleanup_result     varchar(20),
    cleanup_note       varchar(500),
    constraint legality_normative_document_state_ck check (state in
        ('DRAFTING', 'DELIBERATED', 'PUBLISHED', 'IN_FORCE', 'REPEALED')),
    constraint legality_normative_document_cleanup_ck check (cleanup_result in ('CONTINUE', 'AMEND', 'REPEAL'))
);

-- the period for filing a published normative document with the district, a town setting (30 days by default)
alter table legality_setting add column filing_days int not null default 30;
create index legality_normative_document_town_ix on legality_normative_document (town_id);

-- the leader runs the major-decision procedure and keeps the registers; a new installation gets it from the defaults
insert into role_grant_permission (role_grant_id, permission)
select g.id, 'LEGALITY_DECISION'
from role_grant g
where g.role = 'LEADER'
  and not exists (select 1 from role_grant_permission d
                  where d.role_grant_id = g.id and d.permission = 'LEGALITY_DECISION');
