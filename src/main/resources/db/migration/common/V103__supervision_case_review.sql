-- 案卷评查: the annual review of a town's decided enforcement cases by the judicial office. A round draws cases per
-- department at random (the seed and the draw are kept, so the draw can be repeated and checked), scores each on the
-- checklist the round copied when it was created (items with the round's id; the town's own checklist has none),
-- with deductions and their reasons. The town keeps its draw settings (at least so many cases per department, and a
-- share of each department's cases) with its other supervision settings.
alter table supervision_setting add column review_minimum_per_department int not null default 3;
alter table supervision_setting add column review_share_percent int not null default 10;

create table supervision_review_item (
    id             bigint primary key,
    version        bigint       not null default 0,
    town_id        bigint       not null references org_unit (id),
    village_id     bigint references org_unit (id),
    holder_unit_id bigint       not null references org_unit (id),
    round_id       bigint,
    position       int          not null,
    heading        varchar(50)  not null,
    max_points     int          not null
);
create index supervision_review_item_town_ix on supervision_review_item (town_id, round_id);

create table supervision_review_round (
    id                     bigint primary key,
    version                bigint       not null default 0,
    town_id                bigint       not null references org_unit (id),
    village_id             bigint references org_unit (id),
    holder_unit_id         bigint       not null references org_unit (id),
    review_year            int          not null,
    created_on             date         not null,
    minimum_per_department int          not null,
    share_percent          int          not null,
    seed                   bigint,
    pool                   varchar(200000),
    drawn_on               date,
    constraint supervision_review_round_uq unique (town_id, review_year)
);

create table supervision_review_case (
    id             bigint primary key,
    version        bigint       not null default 0,
    town_id        bigint       not null references org_unit (id),
    village_id     bigint references org_unit (id),
    holder_unit_id bigint       not null references org_unit (id),
    round_id       bigint       not null references supervision_review_round (id),
    case_id        bigint       not null,
    case_number    varchar(100) not null,
    case_title     varchar(300) not null,
    department_id  bigint       not null references org_unit (id),
    decided_on     date         not null,
    score          int,
    scored_on      date,
    constraint supervision_review_case_uq unique (round_id, case_id)
);
create index supervision_review_case_round_ix on supervision_review_case (round_id);

alter table supervision_review_item add constraint supervision_review_item_round_fk
    foreign key (round_id) references supervision_review_round (id);

create table supervision_review_deduction (
    id             bigint primary key,
    version        bigint       not null default 0,
    town_id        bigint       not null references org_unit (id),
    village_id     bigint references org_unit (id),
    holder_unit_id bigint       not null references org_unit (id),
    review_case_id bigint       not null references supervision_review_case (id),
    item_id        bigint       not null references supervision_review_item (id),
    points         int          not null,
    reason         varchar(300) not null
);
create index supervision_review_deduction_case_ix on supervision_review_deduction (review_case_id);
