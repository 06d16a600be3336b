-- A clock is named by its record and its purpose (期限用途), no longer by an id kept on the record: the purpose is
-- stored with the clock, filled here for the clocks that exist, and the records' clock-id columns go.
alter table deadline_clock add column purpose varchar(40);

-- 行政处罚案件: first the clocks the case rows point to, then the older ones of a purpose that started again
-- (a hearing rescheduled, evidence preserved twice, a second notice after review), by the title they were given
update deadline_clock set purpose = case
        when id in (select decision_clock_id from penalty_case) then 'decision'
        when id in (select window_clock_id from penalty_case) then 'statement-window'
        when id in (select service_clock_id from penalty_case) then 'service'
        when id in (select payment_clock_id from penalty_case) then 'payment'
        when id in (select reminder_clock_id from penalty_case) then 'reminder'
        when id in (select court_clock_id from penalty_case) then 'court-application'
        when id in (select preservation_clock_id from penalty_case) then 'evidence-preservation'
        when id in (select hearing_notice_clock_id from penalty_case) then 'hearing-notice'
        when title like '作出处罚决定期限%' then 'decision'
        when title like '听证申请期限%' or title like '陈述申辩期限%' then 'statement-window'
        when title like '处罚决定书送达期限%' then 'service'
        when title like '罚款缴纳期限%' then 'payment'
        when title like '催告履行期限%' then 'reminder'
        when title like '申请人民法院强制执行期限%' then 'court-application'
        when title like '先行登记保存证据处理决定期限%' then 'evidence-preservation'
        when title like '听证通知送达期限%' then 'hearing-notice'
        else 'unspecified'
    end
 where subject_type = 'penalty.case';

-- the other records keep one clock for each subject type; two subject types that only named a second clock of a
-- record (the withdrawal of a publication, the court confirmation of a dispute's agreement) become its purposes
update deadline_clock set purpose = case subject_type
        when 'publication' then 'publication'
        when 'disclosure.application' then 'answer'
        when 'disclosure.item' then 'publication'
        when 'mediation.dispute' then 'conclusion'
        when 'officer.certificate' then 'expiry'
        when 'demo.sample' then 'sample'
        else 'unspecified'
    end
 where purpose is null and subject_type not in ('publication.withdrawal', 'mediation.agreement');
update deadline_clock set purpose = 'withdrawal', subject_type = 'publication'
 where subject_type = 'publication.withdrawal';
update deadline_clock set purpose = 'court-confirmation', subject_type = 'mediation.dispute'
 where subject_type = 'mediation.agreement';

alter table deadline_clock alter column purpose set not null;
drop index deadline_clock_subject_ix;
create index deadline_clock_subject_ix on deadline_clock (subject_type, subject_id, purpose);

alter table penalty_case drop column decision_clock_id;
alter table penalty_case drop column window_clock_id;
alter table penalty_case drop column service_clock_id;
alter table penalty_case drop column payment_clock_id;
alter table penalty_case drop column reminder_clock_id;
alter table penalty_case drop column court_clock_id;
alter table penalty_case drop column preservation_clock_id;
alter table penalty_case drop column hearing_notice_clock_id;
alter table publication drop column deadline_id;
alter table publication drop column withdrawal_deadline_id;
alter table disclosure_application drop column deadline_id;
alter table disclosure_item drop column deadline_id;
alter table enforcement_certificate drop column expiry_clock_id;
