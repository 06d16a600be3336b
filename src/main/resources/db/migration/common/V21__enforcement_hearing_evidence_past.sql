-- The hearing notice clock (听证通知, 《行政处罚法》第64条), the access log of a case's evidence (who viewed which file),
-- and past decisions imported from the 行政处罚决定台账.
alter table penalty_case add column hearing_notice_clock_id bigint;

create table penalty_evidence_access (
    id             bigint primary key,
    version        bigint       not null default 0,
    town_id        bigint       not null references org_unit (id),
    village_id     bigint references org_unit (id),
    holder_unit_id bigint       not null references org_unit (id),
    case_id        bigint       not null references penalty_case (id),
    step_id        bigint       not null references penalty_case_step (id),
    file_id        bigint       not null,
    viewer         varchar(60)  not null,
    access_kind    varchar(20)  not null,
    accessed_at    timestamp with time zone not null
);
create index penalty_evidence_access_case_ix on penalty_evidence_access (case_id, file_id);

create table past_penalty_decision (
    id              bigint primary key,
    version         bigint        not null default 0,
    town_id         bigint        not null references org_unit (id),
    village_id      bigint references org_unit (id),
    holder_unit_id  bigint        not null references org_unit (id),
    case_number     varchar(60)   not null,
    title           varchar(200)  not null,
    party_type      varchar(20)   not null,
    party_name      varchar(100)  not null,
    party_id_number varchar(30),
    party_phone     varchar(30),
    party_address   varchar(200),
    violation       varchar(2000) not null,
    legal_basis     varchar(1000) not null,
    penalty         varchar(500)  not null,
    fine_amount     numeric(14, 2),
    filed_on        date,
    decided_on      date          not null,
    certificates    varchar(300)  not null,
    major           boolean       not null,
    review_passed   boolean,
    imported_by     varchar(60)   not null,
    constraint past_penalty_decision_uq unique (town_id, case_number)
);
