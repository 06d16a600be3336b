-- 《政府信息公开条例》第35条: for an application clearly excessive in volume or frequency whose reasons are
-- reasonable but which cannot be answered in time, the agency sets a later reply date and tells the applicant why.
-- The date is the due date of the application's clock, with its reason kept in the clock's history.
alter table deadline_clock add column set_due_date date;
alter table deadline_clock add column set_due_reason varchar(500);
alter table deadline_clock add column set_due_decided_on date;

alter table disclosure_application add column later_reply_decided_on date;
alter table disclosure_application add column later_reply_by date;
alter table disclosure_application add column later_reply_reason varchar(1000);
