-- test only: an embedded part of the probe record, to prove how the audit trail records the values of a part
alter table scope_probe add column part_note varchar(100);
alter table scope_probe add column part_contact varchar(40);
