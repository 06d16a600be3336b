-- 乐观锁: editing a section of a report is a change of the report itself (who edited which section last, and when),
-- so that the report's version covers its texts and two edits based on the same version cannot both be saved.
alter table report_rule_of_law add column edited_by varchar(60);
alter table report_rule_of_law add column edited_at timestamp with time zone;
alter table report_rule_of_law add column edited_section varchar(40);
