-- 法治政府建设年度工作要点: a town's work plan of a year (one per town and year), its tasks with the responsible
-- department and the leader in charge, and the progress the departments report. The due date a task runs against
-- is the deadline engine's (a clock per task from the plan's adoption); due_on is the date the plan names.
create table report_work_plan (
    id             bigint primary key,
    version        bigint       not null default 0,
    town_id        bigint       not null references org_unit (id),
    village_id     bigint references org_unit (id),
    holder_unit_id bigint       not null references org_unit (id),
    plan_year      integer      not null,
    title          varchar(200) not null,
    adopted_on     date,
    created_by     varchar(60)  not null,
    constraint report_work_plan_uq unique (town_id, plan_year)
);

create table report_work_plan_task (
    id             bigint primary key,
    version        bigint       not null default 0,
    town_id        bigint       not null references org_unit (id),
    village_id     bigint references org_unit (id),
    holder_unit_id bigint       not null references org_unit (id),
    plan_id        bigint       not null references report_work_plan (id),
    title          varchar(200) not null,
    leader         varchar(60),
    due_on         date         not null,
    done_on        date
);
create index report_work_plan_task_plan_ix on report_work_plan_task (plan_id);

create table report_work_plan_progress (
    id             bigint primary key,
    version        bigint        not null default 0,
    town_id        bigint        not null references org_unit (id),
    village_id     bigint references org_unit (id),
    holder_unit_id bigint        not null references org_unit (id),
    task_id        bigint        not null references report_work_plan_task (id),
    reported_on    date          not null,
    body           varchar(2000) not null,
    done           boolean       not null,
    evidence       varchar(3500),
    reported_by    varchar(60)   not null
);
create index report_work_plan_progress_task_ix on report_work_plan_progress (task_id);

-- a department's staff report the progress of their department's tasks; the leader and the legal reviewer too
-- (they compile the plan and may record what a department reported on paper). A new installation gets the same
-- from the defaults in code.
insert into role_grant_permission (role_grant_id, permission)
select g.id, 'WORK_PLAN_PROGRESS'
from role_grant g
where g.role in ('LEADER', 'LEGAL_REVIEWER', 'OFFICER', 'MEDIATOR', 'DISCLOSURE_CLERK', 'EMERGENCY_OFFICER',
                 'EDUCATOR')
  and not exists (select 1 from role_grant_permission d
                  where d.role_grant_id = g.id and d.permission = 'WORK_PLAN_PROGRESS');
