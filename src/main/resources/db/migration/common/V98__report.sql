-- 法治政府建设年度报告: a town's report of a year (one row per generated draft; regenerating adds a new one), every
-- version of every section's text, the figures frozen when the report is approved, and the installation's section
-- templates (a section without a row uses the default wording shipped with the platform).
create table report_rule_of_law (
    id             bigint primary key,
    version        bigint      not null default 0,
    town_id        bigint      not null references org_unit (id),
    village_id     bigint references org_unit (id),
    holder_unit_id bigint      not null references org_unit (id),
    report_year    integer     not null,
    state          varchar(20) not null,
    generated_by   varchar(60) not null,
    generated_at   timestamp with time zone not null,
    approved_by    varchar(60),
    approved_at    timestamp with time zone,
    published_by   varchar(60),
    published_at   timestamp with time zone,
    constraint report_rule_of_law_state_ck check (state in ('DRAFT', 'APPROVED', 'PUBLISHED'))
);
create index report_rule_of_law_town_ix on report_rule_of_law (town_id, report_year);

create table report_section_version (
    id             bigint primary key,
    version        bigint        not null default 0,
    town_id        bigint        not null references org_unit (id),
    village_id     bigint references org_unit (id),
    holder_unit_id bigint        not null references org_unit (id),
    report_id      bigint        not null references report_rule_of_law (id),
    section_key    varchar(40)   not null,
    revision       integer       not null,
    body           varchar(8000) not null,
    typed_figures  varchar(2000),
    written_by     varchar(60)   not null,
    written_at     timestamp with time zone not null,
    constraint report_section_version_uq unique (report_id, section_key, revision)
);

create table report_frozen_figure (
    id             bigint primary key,
    version        bigint        not null default 0,
    town_id        bigint        not null references org_unit (id),
    village_id     bigint references org_unit (id),
    holder_unit_id bigint        not null references org_unit (id),
    report_id      bigint        not null references report_rule_of_law (id),
    figure_key     varchar(80)   not null,
    figure_value   varchar(40),
    label          varchar(200)  not null,
    module         varchar(40)   not null,
    definition     varchar(1000) not null,
    constraint report_frozen_figure_uq unique (report_id, figure_key)
);

create table report_section_template (
    id          bigint primary key,
    version     bigint        not null default 0,
    section_key varchar(40)   not null unique,
    body        varchar(8000) not null,
    updated_by  varchar(60)   not null,
    updated_at  timestamp with time zone not null
);

-- the leader drafts, approves and publishes; the legal reviewer drafts; the district supervisor reads. A new
-- installation gets the same from the defaults in code.
insert into role_grant_permission (role_grant_id, permission)
select g.id, p.permission
from role_grant g
join (select 'LEADER' as role, 'REPORT_READ' as permission
      union all select 'LEADER', 'REPORT_WRITE'
      union all select 'LEADER', 'REPORT_APPROVE'
      union all select 'LEGAL_REVIEWER', 'REPORT_READ'
      union all select 'LEGAL_REVIEWER', 'REPORT_WRITE'
      union all select 'SUPERVISOR', 'REPORT_READ') p on p.role = g.role
where not exists (select 1 from role_grant_permission d
                  where d.role_grant_id = g.id and d.permission = p.permission);
