-- 行政执法监督: the leader, the legal reviewer and the district supervisor read complaints and findings; the town's
-- judicial office (legal reviewer) registers and handles them. A new installation gets the same from the defaults in
-- code. The departments (leader, officers, mediators, the disclosure clerk) answer the notices sent to them.
insert into role_grant_permission (role_grant_id, permission)
select g.id, p.permission
from role_grant g
join (select 'LEADER' as role, 'SUPERVISION_READ' as permission
      union all select 'LEGAL_REVIEWER', 'SUPERVISION_READ'
      union all select 'SUPERVISOR', 'SUPERVISION_READ'
      union all select 'LEGAL_REVIEWER', 'SUPERVISION_MANAGE'
      union all select 'LEADER', 'SUPERVISION_ANSWER'
      union all select 'OFFICER', 'SUPERVISION_ANSWER'
      union all select 'MEDIATOR', 'SUPERVISION_ANSWER'
      union all select 'DISCLOSURE_CLERK', 'SUPERVISION_ANSWER') p on p.role = g.role
where not exists (select 1 from role_grant_permission d
                  where d.role_grant_id = g.id and d.permission = p.permission);
