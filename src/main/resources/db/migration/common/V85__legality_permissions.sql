-- 合法性审查: the whole review list is read by the leader, the legal reviewer and the district supervisor; the leader
-- and the legal reviewer submit drafts; the legal reviewer reviews; counsel reads the reviews it is asked about and
-- writes its opinion. A new installation gets the same from the defaults in code.
insert into role_grant_permission (role_grant_id, permission)
select g.id, p.permission
from role_grant g
join (select 'LEADER' as role, 'LEGALITY_READ' as permission
      union all select 'LEGAL_REVIEWER', 'LEGALITY_READ'
      union all select 'SUPERVISOR', 'LEGALITY_READ'
      union all select 'LEADER', 'LEGALITY_SUBMIT'
      union all select 'LEGAL_REVIEWER', 'LEGALITY_SUBMIT'
      union all select 'LEGAL_REVIEWER', 'LEGALITY_REVIEW'
      union all select 'COUNSEL', 'LEGALITY_OPINION') p on p.role = g.role
where not exists (select 1 from role_grant_permission d
                  where d.role_grant_id = g.id and d.permission = p.permission);
