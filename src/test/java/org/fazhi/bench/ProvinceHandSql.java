package org.fazhi.bench;

/**
 * The hand-written SQL the province benchmark times beside the platform's statistics: for each, every figure the
 * platform's statistic returns, counted in one statement as someone writing it for this schema would, and the
 * district's key figures across its towns. Parameters: the town, the first and the last day of the year.
 */
final class ProvinceHandSql {

    private ProvinceHandSql() {
    }

    /**
     * Every figure of the mediation statistics: the totals (accepted, succeeded, agreements, town committee, major,
     * open, failed, terminated, referred) and the breakdowns by category, source, village and month.
     */
    static final String MEDIATION = """
            select category, source, locality_id, extract(month from accepted_on), count(*),
                   count(*) filter (where status = 'SUCCEEDED'),
                   count(*) filter (where status = 'SUCCEEDED' and agreement_form = 'WRITTEN'),
                   count(*) filter (where status = 'SUCCEEDED' and agreement_form = 'ORAL'),
                   count(*) filter (where committee_level = 'TOWN'),
                   count(*) filter (where committee_level = 'TOWN' and status = 'SUCCEEDED'),
                   count(*) filter (where committee_level = 'TOWN' and status = 'SUCCEEDED'
                       and agreement_form = 'WRITTEN'),
                   count(*) filter (where committee_level = 'TOWN' and status = 'SUCCEEDED'
                       and agreement_form = 'ORAL'),
                   count(*) filter (where major), count(*) filter (where major and status = 'SUCCEEDED'),
                   count(*) filter (where status in ('ACCEPTED', 'MEDIATING')),
                   count(*) filter (where status = 'FAILED'), count(*) filter (where status = 'TERMINATED'),
                   count(*) filter (where source in ('POLICE', 'COURT', 'PETITION_OFFICE', 'OTHER_DEPARTMENT'))
            from mediation_dispute where town_id = ? and accepted_on between ? and ?
            group by grouping sets ((), (category), (source), (locality_id), (extract(month from accepted_on)))""";

    /**
     * Every figure of the enforcement statistics: filed, decided, penalty decisions (cases and imported past
     * decisions), decisions by kind, fines, major, reviewed, discussed, cases with every needed record, coercive
     * measures, and the publication figures of the year's decisions.
     */
    static final String ENFORCEMENT = """
            select (select count(*) from penalty_case where town_id = c.t and filed_on between c.f and c.l),
                   count(p.id), count(p.id) filter (where outcome = 'PENALTY'),
                   coalesce(sum(fine_amount) filter (where outcome = 'PENALTY'), 0),
                   count(p.id) filter (where major_public_interest or complex_case or review_by_law
                       or (major_rights and (hearing_held_on is not null or hearing_requested_on is not null))),
                   count(p.id) filter (where review_passed), count(p.id) filter (where discussed_on is not null),
                   count(p.id) filter (where not exists (select 1 from penalty_case_step s where s.case_id = p.id
                       and s.step not in ('SCHEDULE_HEARING', 'PAUSE_FOR_APPRAISAL', 'RESUME_AFTER_APPRAISAL',
                           'EXTEND', 'SUBMIT_REVIEW', 'RECORD_REMEDY', 'CLOSE', 'REVOKE')
                       and not exists (select 1 from attachment a where a.owner_type = 'penalty-case-step'
                           and a.owner_id = s.id))),
                   (select count(*) from past_penalty_decision where town_id = c.t and decided_on between c.f and c.l),
                   (select count(*) from coercive_measure where town_id = c.t and applied_on between c.f and c.l),
                   (select string_agg(k || '=' || n, ',') from (select k, count(*) n from penalty_case q,
                       unnest(string_to_array(q.decided_kinds, ',')) k where q.town_id = c.t
                       and q.decided_on between c.f and c.l and q.outcome = 'PENALTY' group by k) x),
                   (select count(*) filter (where status <> 'WITHHELD' and published_on <= publication_due_on)
                           || ',' || count(*) filter (where status <> 'WITHHELD' and (published_on > publication_due_on
                               or (published_on is null and status = 'PENDING_REVIEW'
                                   and current_date > publication_due_on)))
                           || ',' || count(*) filter (where status = 'WITHDRAWN')
                           || ',' || count(*) filter (where status = 'WITHHELD')
                           || ',' || count(*) filter (where revoked_on is not null)
                    from publication where town_id = c.t and decided_on between c.f and c.l)
            from (select ?::bigint t, ?::date f, ?::date l) c
            left join penalty_case p on p.town_id = c.t and p.decided_on between c.f and c.l
            group by c.t, c.f, c.l""";

    /** On time, late, withdrawn, withheld and revoked among the decisions dated in the year. */
    static final String PUBLICATION = """
            select count(*) filter (where status <> 'WITHHELD' and published_on <= publication_due_on),
                   count(*) filter (where status <> 'WITHHELD' and (published_on > publication_due_on
                       or (published_on is null and status = 'PENDING_REVIEW' and current_date > publication_due_on))),
                   count(*) filter (where status = 'WITHDRAWN'), count(*) filter (where status = 'WITHHELD'),
                   count(*) filter (where revoked_on is not null)
            from publication where town_id = ? and decided_on between ? and ?""";

    /** Received in the year; answered in the year, and of those on time. */
    static final String DISCLOSURE = """
            select (select count(*) from disclosure_application
                    where town_id = c.t and received_on between c.f and c.l),
                   count(a.id), count(a.id) filter (where a.decided_late = false)
            from (select ?::bigint t, ?::date f, ?::date l) c
            left join disclosure_application a on a.town_id = c.t and a.decided_on between c.f and c.l
            group by c.t, c.f, c.l""";

    /** The district's towns with the key figures of each, one grouped query per table. */
    static final String DISTRICT = """
            with towns as (select id from org_unit where parent_id = ? and type = 'TOWN')
            select t.id,
                   (select count(*) from mediation_dispute d where d.town_id = t.id and d.accepted_on between ? and ?),
                   (select count(*) filter (where status = 'SUCCEEDED') from mediation_dispute d where d.town_id = t.id
                       and d.accepted_on between ? and ?),
                   (select count(*) filter (where outcome = 'PENALTY') from penalty_case p where p.town_id = t.id
                       and p.decided_on between ? and ?),
                   (select count(*) filter (where published_on <= publication_due_on) from publication p
                       where p.town_id = t.id and p.decided_on between ? and ?),
                   (select count(*) from disclosure_application a where a.town_id = t.id
                       and a.received_on between ? and ?),
                   (select count(*) from enforcement_officer o where o.town_id = t.id)
            from towns t order by t.id""";
}
