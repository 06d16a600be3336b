-- 公共法律服务: legal questions the public asks on the portal, answered by the advisor engaged for the village or the
-- town's counsel, and their referrals (to mediation, to the district legal-aid centre, to another agency). Every row
-- is a town record: a village question is held by its village, a town-level one by the judicial office (or the town).
create table legalservice_question (
    id              bigint primary key,
    version         bigint        not null default 0,
    town_id         bigint        not null references org_unit (id),
    village_id      bigint references org_unit (id),
    holder_unit_id  bigint        not null references org_unit (id),
    tracking_code   varchar(20)   not null,
    category        varchar(30)   not null,
    question        varchar(2000) not null,
    contact_name    varchar(50)   not null,
    contact_phone   varchar(30)   not null,
    publish_consent boolean       not null,
    asked_on        date          not null,
    state           varchar(20)   not null,
    advisor         varchar(60),
    answer          varchar(4000),
    answered_on     date,
    answered_by     varchar(60),
    withheld        boolean       not null default false,
    withheld_reason varchar(500),
    constraint legalservice_question_code_uq unique (tracking_code),
    constraint legalservice_question_state_ck check (state in ('OPEN', 'ANSWERED', 'REFERRED'))
);
create index legalservice_question_town_ix on legalservice_question (town_id, asked_on);
create index legalservice_question_advisor_ix on legalservice_question (advisor);

create table legalservice_referral (
    id              bigint primary key,
    version         bigint        not null default 0,
    town_id         bigint        not null references org_unit (id),
    village_id      bigint references org_unit (id),
    holder_unit_id  bigint        not null references org_unit (id),
    question_id     bigint        not null references legalservice_question (id),
    kind            varchar(20)   not null,
    referred_on     date          not null,
    applicant       varchar(50)   not null,
    matter          varchar(1000) not null,
    agency          varchar(100)  not null,
    dispute_id      bigint,
    dispute_case_no varchar(60),
    reply           varchar(2000),
    replied_on      date,
    constraint legalservice_referral_kind_ck check (kind in ('MEDIATION', 'LEGAL_AID', 'OTHER_AGENCY'))
);
create index legalservice_referral_question_ix on legalservice_referral (question_id);
create index legalservice_referral_town_ix on legalservice_referral (town_id, referred_on);

-- reading the questions: leader, legal reviewer, district supervisor; answering: counsel (the questions it holds);
-- the judicial office's legal reviewer routes, withholds from publication and refers. A new installation gets the
-- same from the defaults in code.
insert into role_grant_permission (role_grant_id, permission)
select g.id, p.permission
from role_grant g
join (select 'LEADER' as role, 'LEGAL_SERVICE_READ' as permission
      union all select 'LEGAL_REVIEWER', 'LEGAL_SERVICE_READ'
      union all select 'SUPERVISOR', 'LEGAL_SERVICE_READ'
      union all select 'LEGAL_REVIEWER', 'LEGAL_SERVICE_MANAGE'
      union all select 'COUNSEL', 'LEGAL_SERVICE_ANSWER') p on p.role = g.role
where not exists (select 1 from role_grant_permission d
                  where d.role_grant_id = g.id and d.permission = p.permission);
