-- 《人民调解法》第28–30条: a mediation succeeds by an agreement, written or oral. A conclusion stored as 调解成功
-- without one (typically a claim withdrawn after explanation) is, honestly, a mediation ended (终止调解): it is
-- shown and counted as such from now on, with the reason kept and a mark of what it was.
-- 第26条: a mediation that failed or ended records the routes the parties were told about; where none was stored,
-- the route is 未记录 (NOT_STATED), never a guess.
update mediation_dispute
   set status = 'TERMINATED',
       agreement_form = null,
       advised_route = 'NOT_STATED',
       conclusion_note = left(case when conclusion_note is null then '原记为调解成功但未记录调解协议'
                                   else conclusion_note || '（原记为调解成功但未记录调解协议）' end, 2000)
 where status = 'SUCCEEDED' and (agreement_form is null or agreement_form = 'NONE');

update mediation_dispute
   set advised_route = 'NOT_STATED'
 where status in ('FAILED', 'TERMINATED') and advised_route is null;
