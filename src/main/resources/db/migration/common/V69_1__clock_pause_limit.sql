-- A pause may have a limit: it lasts at most that period, counted from the day before it began, and the clock runs
-- again by itself afterwards (《政府信息公开条例》第32条: a third party has 15 working days to answer, its silence
-- leaves the decision to the agency; 第34条: another agency has 15 working days, its silence is consent).
alter table deadline_pause add column limit_amount int;
alter table deadline_pause add column limit_unit varchar(20);
alter table deadline_pause add column limit_basis_law varchar(100);
alter table deadline_pause add column limit_basis_articles varchar(60);

-- Consultations still open got an open-ended pause: they get their limit; the due date follows at start-up.
update deadline_pause
   set limit_amount = 15, limit_unit = 'WORKING_DAYS', limit_basis_law = '政府信息公开条例',
       limit_basis_articles = case when reason like '%第34条%' then '34' else '32' end
 where resumed_on is null
   and reason like '征求意见：%'
   and clock_id in (select id from deadline_clock where subject_type = 'disclosure.application'
                                                  and state = 'PAUSED');
