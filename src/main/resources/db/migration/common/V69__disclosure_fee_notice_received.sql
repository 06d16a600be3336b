-- 《政府信息公开条例》第42条 with 国办函〔2020〕109号: the applicant pays within 20 working days counted from the day
-- after receiving the fee notice. The day of receipt is recorded; for notices already sent it is taken to be the day
-- they were sent (handed over or sent electronically). Notices still awaiting payment get their payment clock and
-- pay-by date at start-up, from the official calendar.
alter table disclosure_application add column fee_notice_received_on date;

update disclosure_application set fee_notice_received_on = fee_notice_on where fee_notice_on is not null;
