-- 查询码: a request for mediation made on the portal gets a tracking code, like a disclosure application, with which
-- the applicant follows its state on the portal (no personal data shown). Disputes registered by staff have none.
alter table mediation_dispute add column tracking_code varchar(20);
create unique index ux_mediation_dispute_tracking_code on mediation_dispute (tracking_code);
