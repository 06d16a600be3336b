-- 对外联系方式: the office phone and address the portal shows for a unit (a mediation committee, a town government).
-- Office contacts only, never a person's; kept by the system administrator in the org tree.
alter table org_unit add column public_phone varchar(40);
alter table org_unit add column public_address varchar(200);
