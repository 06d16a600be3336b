-- 《行政处罚法》第36条: the limitation runs from the day of the violation or, if it was in a continuing or repeated
-- state, from the day that state ended, until the day it was discovered (not the day the case was filed). The case
-- already keeps the day of the violation (violation_on) and the five-year flag (harm_to_life: life and health safety
-- or financial safety with harmful consequences); it now keeps the continuing state, its end and the discovery.
-- Earlier cases have none of these: they are shown as not recorded, never guessed.
alter table penalty_case add column violation_continuing boolean not null default false;
alter table penalty_case add column violation_ended_on date;
alter table penalty_case add column discovered_on date;
