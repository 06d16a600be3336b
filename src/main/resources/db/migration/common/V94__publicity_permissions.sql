-- 普法 and 领导干部学法: the leader reads both and records the leaders' study; the legal reviewer reads legal
-- education; enforcement officers record their department's legal education (谁执法谁普法); the district supervisor
-- reads both. The new role 普法专员 gets its grants from the defaults in code on the next start.
insert into role_grant_permission (role_grant_id, permission)
select g.id, p.permission
from role_grant g
join (select 'LEADER' as role, 'PUBLICITY_READ' as permission
      union all select 'LEADER', 'STUDY_READ'
      union all select 'LEADER', 'STUDY_MANAGE'
      union all select 'LEGAL_REVIEWER', 'PUBLICITY_READ'
      union all select 'OFFICER', 'PUBLICITY_READ'
      union all select 'OFFICER', 'PUBLICITY_MANAGE'
      union all select 'SUPERVISOR', 'PUBLICITY_READ'
      union all select 'SUPERVISOR', 'STUDY_READ') p on p.role = g.role
where not exists (select 1 from role_grant_permission d
                  where d.role_grant_id = g.id and d.permission = p.permission);
