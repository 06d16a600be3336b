package org.fazhi.publicity.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.publicity.PublicityStatistics;
import org.fazhi.shared.Input;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year's legal-education figures, counted by the database among the activities, posts and answer sheets of the
 * caller's scope: aggregate statements per type, form and village, per theme, per day of posting and per score, the
 * unit's condition from the scope component ({@link ScopedRecord#countedForJpql}) — a village also counts what took
 * place in it. Village names and ISO weeks are resolved on the few grouped rows.
 */
@Component
class PublicityStatisticsQuery implements PublicityStatistics {

    static final String NO_VILLAGE = "未填写";

    /** Per type, form and village held in: activities, participants, materials. */
    private static final String ACTIVITIES = "select a.type, a.form, a.venueVillageId, count(*), "
            + "sum(a.participants), sum(a.materials) from Activity a where a.heldOn between :first and :last";

    /** Per theme: the activities of the year with it. */
    private static final String THEMES = "select t, count(*) from Activity a join a.themes t "
            + "where a.heldOn between :first and :last";

    /** Per day of the year: the posts published. */
    private static final String POSTS = "select p.postedOn, count(*) from OnlinePost p "
            + "where p.postedOn between :first and :last";

    /** Per village chosen, score and number of questions: the sheets handed in during the year. */
    private static final String SHEETS = "select q.answerVillageId, q.score, q.total, count(*) from QuizAnswer q "
            + "where q.answeredOn between :first and :last";

    @PersistenceContext
    private EntityManager em;

    private final DataScope dataScope;
    private final OrgDirectory directory;

    PublicityStatisticsQuery(DataScope dataScope, OrgDirectory directory) {
        this.dataScope = dataScope;
        this.directory = directory;
    }

    @Override
    @Transactional(readOnly = true)
    public Figures of(int year, long orgUnitId) {
        OrgUnitView unit = visible(year, orgUnitId);
        ScopedRecord.CountedFor activityOf = countedFor("a", "venueVillageId", unit);
        long campaigns = 0;
        long sessions = 0;
        long participants = 0;
        long materials = 0;
        Map<String, Long> byVillage = new LinkedHashMap<>();
        Map<String, Long> byForm = new LinkedHashMap<>();
        for (ActivityForm f : ActivityForm.values()) {
            byForm.put(f.label(), 0L);
        }
        for (Object[] r : rows(ACTIVITIES + activityOf.jpql() + " group by a.type, a.form, a.venueVillageId",
                activityOf, year)) {
            long n = ((Number) r[3]).longValue();
            if (r[0] == ActivityType.CAMPAIGN) {
                campaigns += n;
            } else {
                sessions += n;
            }
            participants += ((Number) r[4]).longValue();
            materials += ((Number) r[5]).longValue();
            byForm.merge(((ActivityForm) r[1]).label(), n, Long::sum);
            if (r[2] != null) {
                byVillage.merge(directory.find((Long) r[2]).map(OrgUnitView::name).orElse(""), n, Long::sum);
            }
        }
        Map<String, Long> byTheme = new LinkedHashMap<>();
        for (Object[] r : rows(THEMES + activityOf.jpql() + " group by t", activityOf, year)) {
            byTheme.put((String) r[0], ((Number) r[1]).longValue());
        }
        ScopedRecord.CountedFor postOf = countedFor("p", null, unit);
        long posts = 0;
        Set<Integer> weeks = new HashSet<>();
        for (Object[] r : rows(POSTS + postOf.jpql() + " group by p.postedOn", postOf, year)) {
            posts += ((Number) r[1]).longValue();
            weeks.add(isoWeekKey((LocalDate) r[0]));
        }
        return new Figures(year, orgUnitId, campaigns, sessions, participants, materials, posts, weeks.size(),
                sortedByCount(byTheme), sortedByCount(byVillage), byForm);
    }

    @Override
    @Transactional(readOnly = true)
    public QuizFigures quizzes(int year, long orgUnitId) {
        OrgUnitView unit = visible(year, orgUnitId);
        ScopedRecord.CountedFor sheetOf = countedFor("q", "answerVillageId", unit);
        Map<String, Long> byVillage = new LinkedHashMap<>();
        long sheets = 0;
        double percentages = 0;
        for (Object[] r : rows(SHEETS + sheetOf.jpql() + " group by q.answerVillageId, q.score, q.total", sheetOf,
                year)) {
            long n = ((Number) r[3]).longValue();
            String name = r[0] == null ? NO_VILLAGE
                    : directory.find((Long) r[0]).map(OrgUnitView::name).orElse(NO_VILLAGE);
            byVillage.merge(name, n, Long::sum);
            int score = ((Number) r[1]).intValue();
            int total = ((Number) r[2]).intValue();
            percentages += n * (total == 0 ? 0 : 100.0 * score / total);
            sheets += n;
        }
        Double average = sheets == 0 ? null : Math.round(percentages / sheets * 10) / 10.0;
        return new QuizFigures(year, orgUnitId, sheets, average, sortedByCount(byVillage));
    }

    /** The week a day belongs to by ISO 8601 (Monday first; the week of 4 January is week 1). */
    static int isoWeekKey(LocalDate day) {
        return day.get(IsoFields.WEEK_BASED_YEAR) * 100 + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    private OrgUnitView visible(int year, long orgUnitId) {
        Input.requireYear(year);
        return dataScope.requireVisibleUnit(orgUnitId);
    }

    /**
     * The scope component's condition for the unit, but a village also counts the records that took place in it
     * ({@code villageField}: the record's village of venue or choice, {@code null} when it has none).
     */
    private static ScopedRecord.CountedFor countedFor(String alias, String villageField, OrgUnitView unit) {
        if (unit.type() == OrgUnitType.VILLAGE && villageField != null) {
            return new ScopedRecord.CountedFor(" and (" + alias + ".holderUnitId = :countedFor or " + alias + "."
                    + villageField + " = :countedFor)", unit.id());
        }
        return ScopedRecord.countedForJpql(alias, unit);
    }

    private List<Object[]> rows(String jpql, ScopedRecord.CountedFor condition, int year) {
        return condition.bind(em.createQuery(jpql, Object[].class)).setParameter("first", LocalDate.of(year, 1, 1))
                .setParameter("last", LocalDate.of(year, 12, 31)).getResultList();
    }

    private static Map<String, Long> sortedByCount(Map<String, Long> m) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        m.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
