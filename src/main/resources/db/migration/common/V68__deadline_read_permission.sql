-- 办理期限 are business data (case numbers, parties, officers, certificate numbers): reading them becomes its own
-- permission, granted to every business role that had the basic staff functions. The three administrators keep their
-- fixed permissions in code and so lose the deadline register.
insert into role_grant_permission (role_grant_id, permission)
select g.role_grant_id, 'DEADLINE_READ'
from role_grant_permission g
where g.permission = 'STAFF_BASIC'
  and not exists (select 1 from role_grant_permission d
                  where d.role_grant_id = g.role_grant_id and d.permission = 'DEADLINE_READ');
