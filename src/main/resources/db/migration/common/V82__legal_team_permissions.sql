-- 法治队伍: reading the legal teams is granted to the roles that read the town's legal work (leader, legal reviewer,
-- counsel, district supervisor); keeping them to the judicial office's legal reviewer. A new installation gets the
-- same from the defaults in code.
insert into role_grant_permission (role_grant_id, permission)
select g.id, 'LEGAL_TEAM_READ'
from role_grant g
where g.role in ('LEADER', 'LEGAL_REVIEWER', 'COUNSEL', 'SUPERVISOR')
  and not exists (select 1 from role_grant_permission d
                  where d.role_grant_id = g.id and d.permission = 'LEGAL_TEAM_READ');
insert into role_grant_permission (role_grant_id, permission)
select g.id, 'LEGAL_TEAM_MANAGE'
from role_grant g
where g.role = 'LEGAL_REVIEWER'
  and not exists (select 1 from role_grant_permission d
                  where d.role_grant_id = g.id and d.permission = 'LEGAL_TEAM_MANAGE');
