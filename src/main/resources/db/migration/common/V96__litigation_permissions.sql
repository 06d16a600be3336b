-- 行政应诉与行政复议: the leader and the legal reviewer record and handle the cases; the district supervisor reads
-- them. A new installation gets the same from the defaults in code.
insert into role_grant_permission (role_grant_id, permission)
select g.id, p.permission
from role_grant g
join (select 'LEADER' as role, 'LITIGATION_READ' as permission
      union all select 'LEADER', 'LITIGATION_MANAGE'
      union all select 'LEGAL_REVIEWER', 'LITIGATION_READ'
      union all select 'LEGAL_REVIEWER', 'LITIGATION_MANAGE'
      union all select 'SUPERVISOR', 'LITIGATION_READ') p on p.role = g.role
where not exists (select 1 from role_grant_permission d
                  where d.role_grant_id = g.id and d.permission = p.permission);
