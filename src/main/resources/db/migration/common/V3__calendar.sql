-- 工作日历: the official calendar (国务院办公厅 holiday notices) and the deadline clocks that count with it.
-- Master data: calendar_year (a year whose notice is loaded) and calendar_day (its holidays and adjusted working
-- days). A weekday not listed is a working day, a weekend day not listed is a day off. The years 2024-2026 below are
-- those of the State Council's notices (see docs/legal-basis.md); the administrator adds each new year when the State
-- Council publishes it.
create table calendar_year (
    id         bigint primary key,
    version    bigint       not null default 0,
    year_no    int          not null,
    note       varchar(300),
    updated_at timestamp with time zone not null,
    constraint calendar_year_uq unique (year_no)
);

create table calendar_day (
    id       bigint primary key,
    version  bigint      not null default 0,
    year_no  int         not null references calendar_year (year_no),
    day_date date        not null,
    kind     varchar(20) not null,
    constraint calendar_day_uq unique (day_date),
    constraint calendar_day_kind_ck check (kind in ('HOLIDAY', 'ADJUSTED_WORKDAY'))
);
create index calendar_day_year_ix on calendar_day (year_no);

-- 2024: 国务院办公厅关于2024年部分节假日安排的通知
insert into calendar_year (id, version, year_no, note, updated_at) values (nextval('fazhi_seq'), 0, 2024, '国务院办公厅关于2024年部分节假日安排的通知', current_timestamp);
insert into calendar_day (id, version, year_no, day_date, kind) values
    (nextval('fazhi_seq'), 0, 2024, date '2024-01-01', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2024, date '2024-02-04', 'ADJUSTED_WORKDAY'),
    (nextval('fazhi_seq'), 0, 2024, date '2024-02-10', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2024, date '2024-02-11', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2024, date '2024-02-12', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2024, date '2024-02-13', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2024, date '2024-02-14', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2024, date '2024-02-15', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2024, date '2024-02-16', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2024, date '2024-02-17', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2024, date '2024-02-18', 'ADJUSTED_WORKDAY'),
    (nextval('fazhi_seq'), 0, 2024, date '2024-04-04', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2024, date '2024-04-05', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2024, date '2024-04-06', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2024, date '2024-04-07', 'ADJUSTED_WORKDAY'),
    (nextval('fazhi_seq'), 0, 2024, date '2024-04-28', 'ADJUSTED_WORKDAY'),
    (nextval('fazhi_seq'), 0, 2024, date '2024-05-01', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2024, date '2024-05-02', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2024, date '2024-05-03', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2024, date '2024-05-04', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2024, date '2024-05-05', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2024, date '2024-05-11', 'ADJUSTED_WORKDAY'),
    (nextval('fazhi_seq'), 0, 2024, date '2024-06-10', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2024, date '2024-09-14', 'ADJUSTED_WORKDAY'),
    (nextval('fazhi_seq'), 0, 2024, date '2024-09-15', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2024, date '2024-09-16', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2024, date '2024-09-17', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2024, date '2024-09-29', 'ADJUSTED_WORKDAY'),
    (nextval('fazhi_seq'), 0, 2024, date '2024-10-01', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2024, date '2024-10-02', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2024, date '2024-10-03', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2024, date '2024-10-04', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2024, date '2024-10-05', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2024, date '2024-10-06', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2024, date '2024-10-07', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2024, date '2024-10-12', 'ADJUSTED_WORKDAY');

-- 2025: 国务院办公厅关于2025年部分节假日安排的通知
insert into calendar_year (id, version, year_no, note, updated_at) values (nextval('fazhi_seq'), 0, 2025, '国务院办公厅关于2025年部分节假日安排的通知', current_timestamp);
insert into calendar_day (id, version, year_no, day_date, kind) values
    (nextval('fazhi_seq'), 0, 2025, date '2025-01-01', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2025, date '2025-01-26', 'ADJUSTED_WORKDAY'),
    (nextval('fazhi_seq'), 0, 2025, date '2025-01-28', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2025, date '2025-01-29', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2025, date '2025-01-30', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2025, date '2025-01-31', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2025, date '2025-02-01', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2025, date '2025-02-02', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2025, date '2025-02-03', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2025, date '2025-02-04', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2025, date '2025-02-08', 'ADJUSTED_WORKDAY'),
    (nextval('fazhi_seq'), 0, 2025, date '2025-04-04', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2025, date '2025-04-05', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2025, date '2025-04-06', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2025, date '2025-04-27', 'ADJUSTED_WORKDAY'),
    (nextval('fazhi_seq'), 0, 2025, date '2025-05-01', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2025, date '2025-05-02', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2025, date '2025-05-03', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2025, date '2025-05-04', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2025, date '2025-05-05', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2025, date '2025-05-31', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2025, date '2025-06-01', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2025, date '2025-06-02', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2025, date '2025-09-28', 'ADJUSTED_WORKDAY'),
    (nextval('fazhi_seq'), 0, 2025, date '2025-10-01', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2025, date '2025-10-02', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2025, date '2025-10-03', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2025, date '2025-10-04', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2025, date '2025-10-05', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2025, date '2025-10-06', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2025, date '2025-10-07', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2025, date '2025-10-08', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2025, date '2025-10-11', 'ADJUSTED_WORKDAY');

-- 2026: 国务院办公厅关于2026年部分节假日安排的通知
insert into calendar_year (id, version, year_no, note, updated_at) values (nextval('fazhi_seq'), 0, 2026, '国务院办公厅关于2026年部分节假日安排的通知', current_timestamp);
insert into calendar_day (id, version, year_no, day_date, kind) values
    (nextval('fazhi_seq'), 0, 2026, date '2026-01-01', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2026, date '2026-01-02', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2026, date '2026-01-03', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2026, date '2026-01-04', 'ADJUSTED_WORKDAY'),
    (nextval('fazhi_seq'), 0, 2026, date '2026-02-14', 'ADJUSTED_WORKDAY'),
    (nextval('fazhi_seq'), 0, 2026, date '2026-02-15', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2026, date '2026-02-16', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2026, date '2026-02-17', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2026, date '2026-02-18', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2026, date '2026-02-19', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2026, date '2026-02-20', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2026, date '2026-02-21', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2026, date '2026-02-22', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2026, date '2026-02-23', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2026, date '2026-02-28', 'ADJUSTED_WORKDAY'),
    (nextval('fazhi_seq'), 0, 2026, date '2026-04-04', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2026, date '2026-04-05', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2026, date '2026-04-06', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2026, date '2026-05-01', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2026, date '2026-05-02', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2026, date '2026-05-03', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2026, date '2026-05-04', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2026, date '2026-05-05', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2026, date '2026-05-09', 'ADJUSTED_WORKDAY'),
    (nextval('fazhi_seq'), 0, 2026, date '2026-06-19', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2026, date '2026-06-20', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2026, date '2026-06-21', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2026, date '2026-09-20', 'ADJUSTED_WORKDAY'),
    (nextval('fazhi_seq'), 0, 2026, date '2026-09-25', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2026, date '2026-09-26', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2026, date '2026-09-27', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2026, date '2026-10-01', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2026, date '2026-10-02', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2026, date '2026-10-03', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2026, date '2026-10-04', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2026, date '2026-10-05', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2026, date '2026-10-06', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2026, date '2026-10-07', 'HOLIDAY'),
    (nextval('fazhi_seq'), 0, 2026, date '2026-10-10', 'ADJUSTED_WORKDAY');

-- 法定期限计时: one statutory clock of a town record (see DeadlineClock), its pauses, extensions and alerts.
create table deadline_clock (
    id             bigint primary key,
    version        bigint       not null default 0,
    town_id        bigint       not null references org_unit (id),
    village_id     bigint references org_unit (id),
    holder_unit_id bigint       not null references org_unit (id),
    subject_type   varchar(60)  not null,
    subject_id     varchar(60)  not null,
    title          varchar(200) not null,
    assignee       varchar(60),
    period_unit    varchar(20)  not null,
    period_amount  int          not null,
    basis_law      varchar(100) not null,
    basis_articles varchar(60)  not null,
    triggered_on   date         not null,
    period_start   date         not null,
    round_no       int          not null default 0,
    warning_days   int          not null,
    state          varchar(20)  not null,
    due_date       date,
    warn_from      date,
    provisional    boolean      not null default false,
    met_on         date,
    stopped_on     date,
    stop_reason    varchar(500),
    created_at     timestamp with time zone not null,
    constraint deadline_clock_unit_ck check (period_unit in ('WORKING_DAYS', 'CALENDAR_DAYS', 'MONTHS', 'YEARS')),
    constraint deadline_clock_state_ck check (state in ('RUNNING', 'PAUSED', 'MET', 'STOPPED')),
    constraint deadline_clock_amount_ck check (period_amount > 0)
);
create index deadline_clock_town_ix on deadline_clock (town_id, state, due_date);
create index deadline_clock_subject_ix on deadline_clock (subject_type, subject_id);
create index deadline_clock_holder_ix on deadline_clock (holder_unit_id, state);
create index deadline_clock_assignee_ix on deadline_clock (assignee, state);

create table deadline_pause (
    id          bigint primary key,
    version     bigint       not null default 0,
    clock_id    bigint       not null references deadline_clock (id),
    round_no    int          not null,
    paused_from date         not null,
    resumed_on  date,
    reason      varchar(500) not null
);
create index deadline_pause_clock_ix on deadline_pause (clock_id);

create table deadline_extension (
    id             bigint primary key,
    version        bigint       not null default 0,
    clock_id       bigint       not null references deadline_clock (id),
    round_no       int          not null,
    amount         int          not null,
    unit           varchar(20)  not null,
    basis_law      varchar(100) not null,
    basis_articles varchar(60)  not null,
    approver       varchar(60)  not null,
    reason         varchar(500) not null,
    decided_on     date         not null
);
create index deadline_extension_clock_ix on deadline_extension (clock_id);

-- one alert per clock, level and due date: the job never raises the same one twice
create table deadline_alert (
    id             bigint primary key,
    version        bigint      not null default 0,
    town_id        bigint      not null references org_unit (id),
    village_id     bigint references org_unit (id),
    holder_unit_id bigint      not null references org_unit (id),
    clock_id       bigint      not null references deadline_clock (id),
    alert_level    varchar(10) not null,
    due_date       date        not null,
    raised_at      timestamp with time zone not null,
    constraint deadline_alert_uq unique (clock_id, alert_level, due_date),
    constraint deadline_alert_level_ck check (alert_level in ('WARNING', 'ALARM'))
);
create index deadline_alert_town_ix on deadline_alert (town_id, raised_at);
