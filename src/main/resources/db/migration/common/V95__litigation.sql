-- 行政应诉与行政复议: lawsuits and reconsiderations in which the town (or one of its departments) answers, with the
-- challenged act (a penalty case, an imported past decision, a disclosure application, or described), the hearings
-- and whether the head appeared, and the outcome. Every row is a town record held by the answering unit.
create table litigation_case (
    id                    bigint primary key,
    version               bigint        not null default 0,
    town_id               bigint        not null references org_unit (id),
    village_id            bigint references org_unit (id),
    holder_unit_id        bigint        not null references org_unit (id),
    kind                  varchar(20)   not null,
    instance_level        varchar(20)   not null,
    appeal_of_id          bigint references litigation_case (id),
    case_number           varchar(100)  not null,
    deciding_body         varchar(200)  not null,
    applicant_name        varchar(100)  not null,
    applicant_id_number   varchar(40),
    applicant_phone       varchar(40),
    applicant_address     varchar(300),
    act_type              varchar(30)   not null,
    act_id                bigint,
    act_reference         varchar(200),
    act_description       varchar(1000),
    copy_received_on      date          not null,
    answered_on           date,
    state                 varchar(20)   not null,
    outcome               varchar(30),
    concluded_on          date,
    constraint litigation_case_kind_ck check (kind in ('LITIGATION', 'RECONSIDERATION')),
    constraint litigation_case_instance_ck check (instance_level in ('FIRST', 'SECOND', 'RECONSIDERATION')),
    constraint litigation_case_act_ck check (act_type in ('PENALTY_CASE', 'PAST_DECISION', 'DISCLOSURE_APPLICATION',
                                                           'OTHER')),
    constraint litigation_case_state_ck check (state in ('PENDING', 'CONCLUDED'))
);
create index litigation_case_town_ix on litigation_case (town_id);
create index litigation_case_received_ix on litigation_case (copy_received_on);

create table litigation_hearing (
    id                  bigint primary key,
    version             bigint        not null default 0,
    town_id             bigint        not null references org_unit (id),
    village_id          bigint references org_unit (id),
    holder_unit_id      bigint        not null references org_unit (id),
    case_id             bigint        not null references litigation_case (id),
    held_on             date          not null,
    head_appeared       boolean       not null,
    appeared_name       varchar(60),
    appeared_rank       varchar(30),
    absence_reason      varchar(30),
    absence_explanation varchar(500),
    delegate            varchar(120),
    constraint litigation_hearing_rank_ck check (appeared_rank in ('CHIEF', 'DEPUTY', 'DEPUTY_IN_CHARGE')),
    constraint litigation_hearing_reason_ck check (absence_reason in ('FORCE_MAJEURE', 'ACCIDENT', 'OFFICIAL_DUTY',
                                                                       'OTHER'))
);
create index litigation_hearing_case_ix on litigation_hearing (case_id);
create index litigation_hearing_town_ix on litigation_hearing (town_id);
