-- 《行政处罚法》第63条第1款第2项: confiscating illegal gains of a large amount or illegal property of a large value opens
-- the party's right to a hearing, like a large fine. A case keeps the amounts proposed (in the notice) and decided;
-- the province's large amounts are town settings beside those of the fines, with the same defaults until the town
-- enters its province's figures.
alter table penalty_case add column proposed_gains numeric(14, 2);
alter table penalty_case add column proposed_property_value numeric(14, 2);
alter table penalty_case add column confiscated_gains numeric(14, 2);
alter table penalty_case add column confiscated_property_value numeric(14, 2);

alter table enforcement_setting add column hearing_confiscation_person numeric(14, 2) not null default 10000;
alter table enforcement_setting add column hearing_confiscation_org numeric(14, 2) not null default 100000;
