-- 普法: legal-education activities (法治宣传活动 and 入村普法) with their themes, online posts, the departments'
-- 谁执法谁普法 duty items, the question bank and the public quizzes with their anonymous answers. Every row is a town
-- record held by the unit that keeps it (the judicial office or an enforcement department).
create table publicity_theme (
    id             bigint primary key,
    version        bigint      not null default 0,
    town_id        bigint      not null references org_unit (id),
    village_id     bigint references org_unit (id),
    holder_unit_id bigint      not null references org_unit (id),
    name           varchar(40) not null,
    constraint publicity_theme_uq unique (town_id, name)
);

create table publicity_duty_item (
    id             bigint primary key,
    version        bigint       not null default 0,
    town_id        bigint       not null references org_unit (id),
    village_id     bigint references org_unit (id),
    holder_unit_id bigint       not null references org_unit (id),
    duty_year      int          not null,
    content        varchar(200) not null,
    planned        int          not null,
    due_quarter    int          not null,
    constraint publicity_duty_item_quarter_ck check (due_quarter between 1 and 4)
);
create index publicity_duty_item_town_ix on publicity_duty_item (town_id, duty_year);

create table publicity_activity (
    id               bigint primary key,
    version          bigint       not null default 0,
    town_id          bigint       not null references org_unit (id),
    village_id       bigint references org_unit (id),
    holder_unit_id   bigint       not null references org_unit (id),
    held_on          date         not null,
    name             varchar(200) not null,
    activity_type    varchar(20)  not null,
    form             varchar(20)  not null,
    organiser        varchar(100) not null,
    venue_village_id bigint references org_unit (id),
    place            varchar(200),
    speaker          varchar(60),
    audience         varchar(100),
    participants     int          not null,
    materials        int          not null,
    duty_item_id     bigint references publicity_duty_item (id),
    constraint publicity_activity_type_ck check (activity_type in ('CAMPAIGN', 'VILLAGE')),
    constraint publicity_activity_form_ck check (form in ('LECTURE', 'STREET', 'EXHIBITION', 'PERFORMANCE',
                                                         'TRAINING', 'LIVE', 'OTHER'))
);
create index publicity_activity_town_ix on publicity_activity (town_id, held_on);

create table publicity_activity_theme (
    activity_id bigint      not null references publicity_activity (id),
    theme       varchar(40) not null,
    primary key (activity_id, theme)
);

create table publicity_post (
    id             bigint primary key,
    version        bigint       not null default 0,
    town_id        bigint       not null references org_unit (id),
    village_id     bigint references org_unit (id),
    holder_unit_id bigint       not null references org_unit (id),
    posted_on      date         not null,
    platform       varchar(20)  not null,
    post_type      varchar(20)  not null,
    title          varchar(200) not null,
    link           varchar(500),
    constraint publicity_post_platform_ck check (platform in ('WECHAT_ACCOUNT', 'WEIBO', 'WECHAT_GROUP', 'WEBSITE',
                                                              'OTHER')),
    constraint publicity_post_type_ck check (post_type in ('RISK_ALERT', 'CASE', 'EDUCATION', 'OTHER'))
);
create index publicity_post_town_ix on publicity_post (town_id, posted_on);

create table publicity_question (
    id             bigint primary key,
    version        bigint        not null default 0,
    town_id        bigint        not null references org_unit (id),
    village_id     bigint references org_unit (id),
    holder_unit_id bigint        not null references org_unit (id),
    kind           varchar(20)   not null,
    stem           varchar(1000) not null,
    option_a       varchar(300),
    option_b       varchar(300),
    option_c       varchar(300),
    option_d       varchar(300),
    answer         varchar(4)    not null,
    explanation    varchar(2000),
    legal_basis    varchar(500),
    theme          varchar(40),
    constraint publicity_question_kind_ck check (kind in ('SINGLE', 'MULTIPLE', 'TRUE_FALSE'))
);
create index publicity_question_town_ix on publicity_question (town_id);

create table publicity_quiz (
    id             bigint primary key,
    version        bigint       not null default 0,
    town_id        bigint       not null references org_unit (id),
    village_id     bigint references org_unit (id),
    holder_unit_id bigint       not null references org_unit (id),
    title          varchar(200) not null,
    theme          varchar(40),
    opens_on       date         not null,
    closes_on      date         not null
);
create index publicity_quiz_town_ix on publicity_quiz (town_id);

create table publicity_quiz_question (
    quiz_id     bigint not null references publicity_quiz (id),
    seq         int    not null,
    question_id bigint not null references publicity_question (id),
    primary key (quiz_id, seq)
);

-- an answer sheet keeps no name, no address and no answers: the village the answerer chose and the score
create table publicity_quiz_answer (
    id                bigint primary key,
    version           bigint    not null default 0,
    town_id           bigint    not null references org_unit (id),
    village_id        bigint references org_unit (id),
    holder_unit_id    bigint    not null references org_unit (id),
    quiz_id           bigint    not null references publicity_quiz (id),
    answer_village_id bigint references org_unit (id),
    score             int       not null,
    total             int       not null,
    answered_on       date      not null
);
create index publicity_quiz_answer_quiz_ix on publicity_quiz_answer (quiz_id);
