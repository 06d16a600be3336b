-- 延长查封、扣押、冻结期限 (《行政强制法》第25条第1款、第32条第1款): the head's approval extends a measure's 30-day term once,
-- by at most 30 days, before it ends; the term itself is a clock of the deadline engine (subject coercive.measure).
alter table coercive_measure add column extension_days integer;
alter table coercive_measure add column extension_approved_by varchar(60);
alter table coercive_measure add column extension_approved_on date;
alter table coercive_measure add column extension_reason varchar(500);
alter table coercive_measure add constraint coercive_measure_extension_ck
    check (extension_days is null or (extension_days between 1 and 30 and extension_approved_on is not null));
