-- The party's challenge of a penalty decision (行政复议、行政诉讼) and what it does to the town's application to the
-- court (《行政强制法》第53条 with 《行政诉讼法》第45条、第46条): the day reconsideration was applied for, the day its
-- decision was received and its result; the day the party sued, the day of the judgment and its result. A pending
-- period recorded earlier without its kind (remedy_from, remedy_until) stays as it was and still suspends the late fee.
alter table penalty_case add column reconsideration_on date;
alter table penalty_case add column reconsideration_received_on date;
alter table penalty_case add column reconsideration_result varchar(20);
alter table penalty_case add column sued_on date;
alter table penalty_case add column judgment_on date;
alter table penalty_case add column judgment_result varchar(20);
alter table penalty_case add constraint penalty_case_reconsideration_result_ck
    check (reconsideration_result in ('UPHELD', 'CHANGED', 'REVOKED'));
alter table penalty_case add constraint penalty_case_judgment_result_ck
    check (judgment_result in ('UPHELD', 'CHANGED', 'REVOKED'));

-- How many approved extensions of the 90-day case-handling period (《行政处罚法》第60条) a town allows: departmental
-- rules extend it once with the head's approval, so every town starts with one.
alter table enforcement_setting add column max_extensions int not null default 1;
