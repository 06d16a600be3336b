-- 执法公示: who decided not to publish, on which ground (a minor, state or commercial secrets, personal privacy,
-- national or public security), when and with what written reason; the reason is for staff only.
alter table publication add column withheld_ground varchar(30);
alter table publication add column withheld_on date;
alter table publication add column withheld_by varchar(60);
alter table publication alter column withheld_reason set data type varchar(1000);
-- Every decision withheld so far was withheld because the party was a minor.
update publication set withheld_ground = 'MINOR' where status = 'WITHHELD';

-- The minor rule now takes the party's age on the day of the violation, not on the decision date. A party who was a
-- minor on the decision date was one on the day of the violation too, so what is withheld stays withheld; a natural
-- person's decision still pending or public is checked again at start-up, through the entity, with the decision as
-- the enforcement module holds it (PublicationAgeRecheck). Everything else needs no check.
alter table publication add column age_on_violation boolean default false not null;
update publication set age_on_violation = true
    where party_type <> 'NATURAL_PERSON' or status not in ('PENDING_REVIEW', 'PUBLISHED');

-- A natural person's birth date where the ID number does not carry one; the day of the violation of a past decision.
alter table penalty_case add column party_birth_date date;
alter table past_penalty_decision add column party_birth_date date;
alter table past_penalty_decision add column violation_on date;
-- The legal reviewer who confirmed the whole imported file (published at once); empty: the decision waited for review.
alter table past_penalty_decision add column import_confirmed_by varchar(60);

-- 案件其他人员: agents, witnesses and victims named in a case, whose names the publication masks.
create table penalty_case_person (
    id             bigint primary key,
    version        bigint        not null default 0,
    town_id        bigint        not null references org_unit (id),
    village_id     bigint references org_unit (id),
    holder_unit_id bigint        not null references org_unit (id),
    case_id        bigint        not null references penalty_case (id),
    role           varchar(20)   not null,
    name           varchar(50)   not null,
    constraint penalty_case_person_role_ck check (role in ('AGENT', 'WITNESS', 'VICTIM'))
);
create index penalty_case_person_case_ix on penalty_case_person (case_id);
