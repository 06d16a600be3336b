-- Clocks counted in minutes (an incident report due 30 minutes after the incident became known): they run from the
-- instant of their trigger to a due instant; their due date is the day of that instant. Existing clocks keep null.
alter table deadline_clock add column triggered_at timestamp with time zone;
alter table deadline_clock add column due_at timestamp with time zone;
alter table deadline_clock add column met_at timestamp with time zone;
alter table deadline_clock drop constraint deadline_clock_unit_ck;
alter table deadline_clock add constraint deadline_clock_unit_ck
    check (period_unit in ('WORKING_DAYS', 'CALENDAR_DAYS', 'MONTHS', 'YEARS', 'MINUTES'));
