-- 行政强制措施 (《行政强制法》第9条): the coercive measures taken in a penalty case — 查封、扣押、冻结存款汇款、其他 —
-- with what they were applied to, the decision document number, the day applied and the officers (第18条), and the day
-- lifted (第28条). Each one is a 行政强制 decision of table 二 of the annual disclosure report, in the year applied.
create table coercive_measure (
    id              bigint primary key,
    version         bigint        not null default 0,
    town_id         bigint        not null references org_unit (id),
    village_id      bigint references org_unit (id),
    holder_unit_id  bigint        not null references org_unit (id),
    case_id         bigint        not null references penalty_case (id),
    measure_kind    varchar(20)   not null,
    subject         varchar(1000) not null,
    decision_number varchar(60)   not null,
    applied_on      date          not null,
    officer_names   varchar(500)  not null,
    lifted_on       date,
    lift_note       varchar(500),
    constraint coercive_measure_number_uq unique (town_id, decision_number),
    constraint coercive_measure_kind_ck check (measure_kind in ('SEAL_UP', 'SEIZE', 'FREEZE', 'OTHER')),
    constraint coercive_measure_lifted_ck check (lifted_on is null or lifted_on >= applied_on)
);
create index coercive_measure_case_ix on coercive_measure (case_id);
create index coercive_measure_applied_ix on coercive_measure (town_id, applied_on);
