-- 审计记录名称: the name people know a record by (案号, 申请编号, a person's name …), captured when the event is
-- recorded, so that the trail names "[2024]33号" rather than a table and an id. For a part of another record (a case
-- step, a party, an attachment) the name is its owner's, and record_owner names the owner's type. Events recorded
-- before this column existed have no name; they are shown by their record type and id. Both columns enter the
-- event's hash when set (see ChainWriter), so the hashes of older events are unchanged.
alter table audit_event add column record_name varchar(300);
alter table audit_event add column record_owner varchar(80);
