-- 矛盾纠纷排查化解: disputes, their parties, mediation sessions, hand-overs between committees, follow-ups,
-- and screening campaigns (专项排查) with one assignment per covered village.
create table mediation_dispute (
    id                     bigint        primary key,
    version                bigint        not null default 0,
    town_id                bigint        not null references org_unit (id),
    village_id             bigint,
    holder_unit_id         bigint        not null references org_unit (id),
    case_year              integer       not null,
    case_seq               integer       not null,
    case_no                varchar(60)   not null,
    locality_id            bigint        not null references org_unit (id),
    accepted_on            date          not null,
    category               varchar(30)   not null,
    source                 varchar(30)   not null,
    channel                varchar(30),
    summary                varchar(2000) not null,
    party_names            varchar(500)  not null,
    amount                 numeric(14,2),
    risk_level             varchar(10)   not null,
    major                  boolean       not null,
    major_reasons          varchar(200),
    deaths                 integer       not null default 0,
    persons_involved       integer       not null default 0,
    committee_level        varchar(10)   not null,
    status                 varchar(20)   not null,
    mediators              varchar(300),
    police_reported_on     date,
    police_report_note     varchar(1000),
    concluded_on           date,
    agreement_form         varchar(10),
    agreement_terms        varchar(4000),
    oral_content           varchar(4000),
    agreement_signed_on    date,
    parties_signed         boolean       not null default false,
    mediator_signed        boolean       not null default false,
    committee_sealed       boolean       not null default false,
    advised_route          varchar(30),
    conclusion_note        varchar(2000),
    court_confirmation_on  date,
    performance            varchar(20),
    campaign_assignment_id bigint,
    imported               boolean       not null default false,
    registered_by          varchar(60)   not null,
    constraint uq_mediation_case_no unique (town_id, case_year, case_seq)
);
create index ix_mediation_dispute_town_accepted on mediation_dispute (town_id, accepted_on);
create index ix_mediation_dispute_locality on mediation_dispute (locality_id, accepted_on);
create index ix_mediation_dispute_campaign on mediation_dispute (campaign_assignment_id);

create table mediation_party (
    id          bigint       primary key,
    version     bigint       not null default 0,
    town_id     bigint       not null,
    dispute_id  bigint       not null references mediation_dispute (id),
    party_role  varchar(20)  not null,
    name        varchar(100) not null,
    id_number   varchar(30),
    phone       varchar(30),
    address     varchar(200),
    sort_order  integer      not null default 0
);
create index ix_mediation_party_dispute on mediation_party (dispute_id);

create table mediation_session (
    id           bigint        primary key,
    version      bigint        not null default 0,
    town_id      bigint        not null,
    dispute_id   bigint        not null references mediation_dispute (id),
    held_on      date          not null,
    place        varchar(200)  not null,
    participants varchar(500)  not null,
    mediator     varchar(100)  not null,
    record_text  varchar(4000) not null,
    recorded_by  varchar(60)   not null
);
create index ix_mediation_session_dispute on mediation_session (dispute_id);

create table mediation_handover (
    id            bigint        primary key,
    version       bigint        not null default 0,
    town_id       bigint        not null,
    dispute_id    bigint        not null references mediation_dispute (id),
    from_unit_id  bigint        not null references org_unit (id),
    to_unit_id    bigint        not null references org_unit (id),
    handed_on     date          not null,
    handed_by     varchar(60)   not null,
    reason        varchar(1000) not null
);
create index ix_mediation_handover_dispute on mediation_handover (dispute_id);

create table mediation_follow_up (
    id           bigint        primary key,
    version      bigint        not null default 0,
    town_id      bigint        not null,
    dispute_id   bigint        not null references mediation_dispute (id),
    kind         varchar(20)   not null,
    followed_on  date          not null,
    result       varchar(30),
    note         varchar(2000) not null,
    recorded_by  varchar(60)   not null
);
create index ix_mediation_follow_up_dispute on mediation_follow_up (dispute_id);

create table mediation_campaign (
    id             bigint        primary key,
    version        bigint        not null default 0,
    town_id        bigint        not null references org_unit (id),
    village_id     bigint,
    holder_unit_id bigint        not null references org_unit (id),
    title          varchar(200)  not null,
    theme          varchar(20)   not null,
    starts_on      date          not null,
    ends_on        date          not null,
    plan           varchar(4000),
    opened_by      varchar(60)   not null
);

create table mediation_campaign_assignment (
    id             bigint        primary key,
    version        bigint        not null default 0,
    town_id        bigint        not null references org_unit (id),
    village_id     bigint,
    holder_unit_id bigint        not null references org_unit (id),
    campaign_id    bigint        not null references mediation_campaign (id),
    title          varchar(200)  not null,
    theme          varchar(20)   not null,
    starts_on      date          not null,
    ends_on        date          not null,
    no_risk        boolean       not null default false,
    no_risk_on     date,
    note           varchar(2000),
    findings       integer       not null default 0
);
create index ix_mediation_assignment_campaign on mediation_campaign_assignment (campaign_id);

-- the last case number given per town and year (a counter, not a business record)
create table mediation_case_counter (
    town_id   bigint  not null references org_unit (id),
    case_year integer not null,
    last_seq  integer not null,
    primary key (town_id, case_year)
);
