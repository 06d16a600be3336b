-- Fills a migrated, empty platform database with a province: ${towns} towns (12 to a district, 20–30 villages each),
-- per town over 2016–2025 3,000 disputes, 833⅓ penalty cases decided with their publications, 83⅓ disclosure
-- applications, 10 enforcement officers and a leader's account. Set-based: insert … select from generate_series, every
-- random choice a hash of (seed, row, purpose), so the same seed and size give the same rows.
-- ${seed} and ${towns} are replaced before the statements run; statements are separated by a line with ';' at its end.
create or replace function pg_temp.r(s int, n bigint, salt int) returns float8 language sql immutable as
$$ select ((hashint8(n * 1009 + salt) # hashint8(s::bigint * 7919 + salt)) & 2147483647)::float8 / 2147483648.0 $$;

create or replace function pg_temp.villages(s int, t bigint) returns int language sql immutable as
$$ select 20 + floor(pg_temp.r(s, t, 1) * 11)::int $$;

insert into org_unit (id, version, name, type, parent_id, code, demo, sort_order, active)
select 10000000 + d, 0, '基准区' || d, 'DISTRICT', null, null, false, d, true
from generate_series(1, (${towns} + 11) / 12) d;

insert into org_unit (id, version, name, type, parent_id, code, demo, sort_order, active)
select 11000000 + t, 0, '基准镇' || t, 'TOWN', 10000000 + 1 + (t - 1) / 12, null, false, t, true
from generate_series(1, ${towns}) t;

insert into org_unit (id, version, name, type, parent_id, code, demo, sort_order, active)
select 12000000 + t * 100 + v, 0, '基准镇' || t || '第' || v || '村', 'VILLAGE', 11000000 + t, null, false, v, true
from generate_series(1, ${towns}) t, generate_series(1, 30) v
where v <= pg_temp.villages(${seed}, t);

insert into app_user (id, version, username, display_name, password_hash, home_unit_id, enabled, failed_attempts)
select 30000000 + t, 0, 'bench-town-' || t, '基准镇' || t || '镇长', '{noop}-', 11000000 + t, true, 0
from generate_series(1, ${towns}) t;

insert into app_user_role (user_id, role) select 30000000 + t, 'LEADER' from generate_series(1, ${towns}) t;

insert into app_user (id, version, username, display_name, password_hash, home_unit_id, enabled, failed_attempts)
select 31000000 + d, 0, 'bench-district-' || d, '基准区' || d || '督察', '{noop}-', 10000000 + d, true, 0
from generate_series(1, (${towns} + 11) / 12) d;

insert into app_user_role (user_id, role) select 31000000 + d, 'SUPERVISOR'
from generate_series(1, (${towns} + 11) / 12) d;

insert into enforcement_officer (id, version, town_id, village_id, holder_unit_id, full_name, id_number, category,
                                 exam_result, username, active)
select 20000000 + t * 10 + k, 0, 11000000 + t, null, 11000000 + t, '执法员' || t || '-' || k,
       lpad((t * 10 + k)::text, 18, '3'), '综合行政执法', case when k < 9 then 'PASSED' else 'NOT_TAKEN' end,
       null, true
from generate_series(1, ${towns}) t, generate_series(0, 9) k;

-- disputes: 80% held by the village committee (village_id set), 20% by the town committee; those of the last two
-- months still open, the rest concluded (90% succeeded, written or oral agreement)
insert into mediation_dispute (id, version, town_id, village_id, holder_unit_id, case_year, case_seq, case_no,
                               locality_id, accepted_on, category, source, summary, party_names, risk_level, major,
                               deaths, persons_involved, committee_level, status, concluded_on, agreement_form,
                               parties_signed, mediator_signed, committee_sealed, imported, registered_by)
select 100000000 + n, 0, 11000000 + t, case when town_held then null else village end,
       case when town_held then 11000000 + t else village end,
       extract(year from acc)::int, n, '基准调〔' || extract(year from acc)::int || '〕' || n || '号', village, acc,
       (array['MARRIAGE_FAMILY','NEIGHBOURHOOD','HOUSING_HOMESTEAD','CONTRACT','PRODUCTION_BUSINESS','DAMAGES',
              'FOREST_LAND','LAND_REQUISITION','ENVIRONMENTAL_POLLUTION','LABOUR','CONSUMER','MEDICAL',
              'ROAD_TRAFFIC','PROPERTY_MANAGEMENT','MIGRANT_WAGES','VILLAGE_AFFAIRS','OTHER'])[1 + floor(r3 * 17)::int],
       (array['APPLICATION','APPLICATION','APPLICATION','OWN_INITIATIVE','POLICE','COURT','PETITION_OFFICE',
              'OTHER_DEPARTMENT'])[1 + floor(r4 * 8)::int],
       '邻里纠纷', '甲某、乙某', case when major then 'HIGH' else 'LOW' end, major, 0, 2,
       case when town_held then 'TOWN' else 'VILLAGE' end, status,
       case when status in ('SUCCEEDED', 'FAILED', 'TERMINATED') then acc + 5 + floor(r5 * 25)::int end,
       case when status = 'SUCCEEDED' then case when r5 < 0.6 then 'WRITTEN' else 'ORAL' end end,
       status = 'SUCCEEDED', status = 'SUCCEEDED', status = 'SUCCEEDED', false, 'bench'
from (select n, t, town_held, acc, r3, r4, r5, major,
             12000000 + t * 100 + 1 + floor(r2 * pg_temp.villages(${seed}, t))::int as village,
             case when acc > date '2025-10-31' and r6 < 0.6 then (case when r6 < 0.2 then 'ACCEPTED' else 'MEDIATING' end)
                  when r6 < 0.90 then 'SUCCEEDED' when r6 < 0.96 then 'FAILED' else 'TERMINATED' end as status
      from (select n, 1 + n % ${towns} as t, pg_temp.r(${seed}, n, 2) as r2, pg_temp.r(${seed}, n, 3) as r3,
                   pg_temp.r(${seed}, n, 4) as r4, pg_temp.r(${seed}, n, 5) as r5, pg_temp.r(${seed}, n, 6) as r6,
                   pg_temp.r(${seed}, n, 7) < 0.2 as town_held, pg_temp.r(${seed}, n, 8) < 0.02 as major,
                   date '2016-01-01' + floor(pg_temp.r(${seed}, n, 9) * 3653)::int as acc
            from generate_series(1, ${towns}::bigint * 3000) n) a) b;

-- penalty cases, all decided and closed: 95% penalised (fine, 20% with a warning), 5% not; 30% in the ordinary
-- procedure with legal review (2% of those failed), 5% collectively discussed
insert into penalty_case (id, version, town_id, village_id, holder_unit_id, case_number, procedure_kind, state, title,
                          party_type, party_name, violation, legal_basis, filed_on, collective, notified_on,
                          review_passed, reviewed_on, reviewer, discussed_on, discussion, outcome, decided_kinds,
                          fine_amount, decision_text, decision_number, decided_on, served_on, paid_on, paid_amount,
                          closed_on, last_step_on)
select 200000000 + n, 0, 11000000 + t, null, 11000000 + t, '基准执罚立〔' || extract(year from filed) || '〕' || n || '号',
       case when ordinary then 'ORDINARY' else 'SUMMARY' end, 'CLOSED', '占道经营案', 'NATURAL_PERSON', '王某某',
       '在道路两侧占道经营', '《江苏省城市市容和环境卫生管理条例》第五十二条', filed, collective, filed + 10,
       case when ordinary then r4 > 0.02 end, case when ordinary then decided - 3 end,
       case when ordinary then 'reviewer' end, case when collective then decided - 2 end,
       case when collective then '同意' end, case when penalised then 'PENALTY' else 'NO_PENALTY_MINOR' end,
       case when penalised then (case when r5 < 0.2 then 'FINE,WARNING' else 'FINE' end) end,
       case when penalised then fine end, case when penalised then '罚款人民币' || fine || '元' end,
       '基准执罚决〔' || extract(year from decided) || '〕' || n || '号', decided, decided + 2,
       case when penalised then decided + 10 end, case when penalised then fine end, decided + 20, decided + 20
from (select n, t, filed, filed + 20 + floor(r3 * 40)::int as decided, ordinary, collective, penalised, r4, r5,
             (1 + floor(r3 * 50)::int) * 100 as fine
      from (select n, 1 + n % ${towns} as t, pg_temp.r(${seed}, n, 13) as r3, pg_temp.r(${seed}, n, 14) as r4,
                   pg_temp.r(${seed}, n, 15) as r5, pg_temp.r(${seed}, n, 16) < 0.3 as ordinary,
                   pg_temp.r(${seed}, n, 17) < 0.05 as collective, pg_temp.r(${seed}, n, 18) < 0.95 as penalised,
                   date '2016-01-01' + floor(pg_temp.r(${seed}, n, 19) * 3593)::int as filed
            from generate_series(1, ${towns}::bigint * 1000000 / 1200) n) a) b;

-- the steps that need a record (立案, 决定) and their records: 90% of the cases carry both
insert into penalty_case_step (id, version, town_id, village_id, holder_unit_id, case_id, step, step_on, actor,
                               recorded_at)
select 300000000 + (c.id - 200000000) * 2 + k, 0, c.town_id, null, c.holder_unit_id, c.id,
       case k when 0 then 'FILE' else 'DECIDE' end, case k when 0 then c.filed_on else c.decided_on end, 'bench',
       (case k when 0 then c.filed_on else c.decided_on end)::timestamptz
from penalty_case c, generate_series(0, 1) k where c.id > 200000000;

insert into attachment (id, version, town_id, village_id, holder_unit_id, owner_type, owner_id, file_name, sha256,
                        size_bytes, content_type, uploaded_at, uploaded_by, corrupt)
select 400000000 + (s.id - 300000000), 0, s.town_id, null, s.holder_unit_id, 'penalty-case-step', s.id, 'record.pdf',
       md5(s.id::text) || md5(s.id::text), 1024, 'application/pdf', s.recorded_at, 'bench', false
from penalty_case_step s where s.id > 300000000 and pg_temp.r(${seed}, s.case_id, 21) < 0.9;

-- publications of the decisions to penalise, made under the minor rule as it stands (age on the day of the
-- violation checked) and searchable by their numbers and title (a withdrawn one's stub, the same for all): due 7 days
-- after the decision; 85% published on time, 8% late, 3%
-- withheld, 2% withdrawn after a revocation, 2% still waiting for review
insert into publication (id, version, town_id, village_id, holder_unit_id, kind, case_number, decision_number, title,
                         party_type, party_name, violation, basis, penalty, fine_amount, decided_on,
                         publication_due_on, published_on, confirmed_by, status, withheld_reason, withheld_ground,
                         withheld_on, withheld_by, revoked_on, withdrawn_on, withdrawal_reason, search_text,
                         age_on_violation)
select c.id + 300000000, 0, c.town_id, null, c.holder_unit_id, 'PENALTY', c.case_number, c.decision_number,
       '王*某占道经营案', 'NATURAL_PERSON', '王*某', c.violation, c.legal_basis, c.decision_text, c.fine_amount,
       c.decided_on, c.decided_on + 7,
       case when p < 0.85 then c.decided_on + floor(p * 8)::int when p < 0.93 then c.decided_on + 9 + floor(p * 20)::int
            when p < 0.96 then null when p < 0.98 then c.decided_on + 3 end,
       case when p < 0.93 or (p >= 0.96 and p < 0.98) then 'reviewer' end,
       case when p < 0.93 then 'PUBLISHED' when p < 0.96 then 'WITHHELD' when p < 0.98 then 'WITHDRAWN'
            else 'PENDING_REVIEW' end,
       case when p >= 0.93 and p < 0.96 then '涉及个人隐私' end, case when p >= 0.93 and p < 0.96 then 'PRIVACY' end,
       case when p >= 0.93 and p < 0.96 then c.decided_on + 2 end, case when p >= 0.93 and p < 0.96 then 'reviewer' end,
       case when p >= 0.96 and p < 0.98 then c.decided_on + 60 end,
       case when p >= 0.96 and p < 0.98 then c.decided_on + 62 end,
       case when p >= 0.96 and p < 0.98 then '决定被撤销' end,
       c.case_number || E'\n' || c.decision_number || E'\n' || '王*某占道经营案', true
from (select c.*, pg_temp.r(${seed}, c.id, 22) as p from penalty_case c
      where c.id > 200000000 and c.outcome = 'PENALTY') c;

-- disclosure applications, all answered: 5–40 days after receipt (a period of 20 working days, 30 days as a proxy)
insert into disclosure_application (id, version, town_id, village_id, holder_unit_id, tracking_code, case_number,
                                    received_on, channel, applicant_type, applicant_name, content, status,
                                    last_step_on, decided_on, outcome, decided_late, created_at)
select 600000000 + n, 0, 11000000 + t, null, 11000000 + t, 'B' || n, '基准依申〔' || extract(year from recv) || '〕'
       || n || '号', recv, (array['IN_PERSON','REGISTERED_MAIL','ORDINARY_MAIL','ONLINE'])[1 + floor(r2 * 4)::int],
       'NATURAL_PERSON', '李某', '请求公开本镇道路改造项目的审批文件', 'DECIDED', recv + days, recv + days,
       (array['DISCLOSED','DISCLOSED','PARTIALLY_DISCLOSED','UNAVAILABLE_NOT_HELD'])[1 + floor(r3 * 4)::int],
       days > 30, recv::timestamptz
from (select n, 1 + n % ${towns} as t, pg_temp.r(${seed}, n, 31) as r2, pg_temp.r(${seed}, n, 32) as r3,
             5 + floor(pg_temp.r(${seed}, n, 33) * 36)::int as days,
             date '2016-01-01' + floor(pg_temp.r(${seed}, n, 34) * 3600)::int as recv
      from generate_series(1, ${towns}::bigint * 100000 / 1200) n) a;

select setval('fazhi_seq', 700000000);

create table if not exists bench_province (seed int not null, towns int not null, filled_at timestamptz not null,
                                           seconds numeric);

insert into bench_province (seed, towns, filled_at) values (${seed}, ${towns}, now());
