-- 政府信息公开行政复议、行政诉讼: the disclosure module's own records of the cases table 四 of its annual report counts
-- become cases of the litigation module, the one record of a lawsuit or reconsideration against the town; the report
-- reads table 四 from there (challenged act 'DISCLOSURE_APPLICATION'). Portable SQL, the same on H2 and PostgreSQL.

-- 复议后起诉: a lawsuit brought after a reconsideration of the same act (table 四's third column group)
alter table litigation_case add column after_reconsideration boolean default false not null;

-- a case both modules recorded (same town, same case number) keeps the litigation record, now linked to disclosure
update litigation_case
set act_type = 'DISCLOSURE_APPLICATION',
    act_id = (select r.application_id from disclosure_review_case r
              where r.town_id = litigation_case.town_id and r.case_number = litigation_case.case_number),
    act_reference = (select a.case_number from disclosure_review_case r join disclosure_application a
                     on a.id = r.application_id
                     where r.town_id = litigation_case.town_id and r.case_number = litigation_case.case_number),
    after_reconsideration = (select case when r.kind = 'LITIGATION_AFTER_RECONSIDERATION' then true else false end
                             from disclosure_review_case r
                             where r.town_id = litigation_case.town_id
                               and r.case_number = litigation_case.case_number)
where act_type = 'OTHER'
  and exists (select 1 from disclosure_review_case r
              where r.town_id = litigation_case.town_id and r.case_number = litigation_case.case_number);

-- the others move over with their ids (from the one sequence of all records): kind and column group, the filing day as
-- the day the copy was received, the result as the outcome that counts in the same column of table 四 (维持 as 维持 or
-- 驳回诉讼请求, 纠正 as 撤销, 其他 as 终止 or 撤诉, 尚未审结 as a pending case); what was not recorded reads 未登记
insert into litigation_case (id, version, town_id, village_id, holder_unit_id, kind, instance_level,
                             after_reconsideration, case_number, deciding_body, applicant_name, act_type, act_id,
                             act_reference, act_description, copy_received_on, state, outcome, concluded_on)
select r.id, 0, r.town_id, r.village_id, r.holder_unit_id,
       case when r.kind = 'RECONSIDERATION' then 'RECONSIDERATION' else 'LITIGATION' end,
       case when r.kind = 'RECONSIDERATION' then 'RECONSIDERATION' else 'FIRST' end,
       case when r.kind = 'LITIGATION_AFTER_RECONSIDERATION' then true else false end,
       r.case_number, '（未登记）', coalesce(a.applicant_name, '（未登记）'), 'DISCLOSURE_APPLICATION',
       r.application_id, a.case_number, r.summary, r.filed_on,
       case when r.result = 'PENDING' then 'PENDING' else 'CONCLUDED' end,
       case when r.result = 'UPHELD' and r.kind = 'RECONSIDERATION' then 'UPHELD'
            when r.result = 'UPHELD' then 'CLAIM_DISMISSED'
            when r.result = 'CORRECTED' then 'REVOKED'
            when r.result = 'OTHER' and r.kind = 'RECONSIDERATION' then 'TERMINATED'
            when r.result = 'OTHER' then 'WITHDRAWN'
       end,
       case when r.result = 'PENDING' then null else r.concluded_on end
from disclosure_review_case r
left join disclosure_application a on a.id = r.application_id
where not exists (select 1 from litigation_case l where l.town_id = r.town_id and l.case_number = r.case_number);

drop table disclosure_review_case;
