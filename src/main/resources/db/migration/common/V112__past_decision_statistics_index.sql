-- The year's figures count a town's imported past decisions (行政处罚决定台账) by decision date in the database; the
-- table had only its (town, case number) key, so each count read every past decision of the town.
create index past_penalty_decision_decided_ix on past_penalty_decision (town_id, decided_on);
