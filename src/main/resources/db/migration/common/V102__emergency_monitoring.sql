-- 监测预警: an incident may be registered while the threat is still monitored, before it happens.
alter table emergency_incident drop constraint emergency_incident_state_ck;
alter table emergency_incident add constraint emergency_incident_state_ck check (state in ('MONITORING', 'REPORTING',
    'RESPONSE', 'RECOVERY', 'INVESTIGATION', 'CLOSED'));
