package org.fazhi.publicity.internal;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.scope.ScopedSql;
import org.fazhi.organization.scope.ScopedStatements;
import org.fazhi.publicity.PublicityStatistics;
import org.fazhi.shared.Input;
import org.springframework.stereotype.Component;

/**
 * The year's legal-education figures, counted by the database among the activities, posts and answer sheets of the
 * caller's scope: one aggregate statement per type, form and village, per theme and per day of posting, one per score,
 * the unit's condition from the scope component ({@link ScopedSql#countedFor}) — a village also counts what took place
 * in it. Village names and ISO weeks are resolved on the few grouped rows.
 */
@Component
class PublicityStatisticsQuery implements PublicityStatistics {

    static final String NO_VILLAGE = "未填写";

    /**
     * Per type, form and village held in, the activities, participants, materials (tag 0); per theme, the activities
     * with it (tag 1); per day of the year, the posts published (tag 2). {@code activity} is the activities' condition.
     */
    private static String figures(String activity) {
        return "select 0, a.activity_type, a.form, a.venue_village_id, cast(null as date), count(*), "
                + "sum(a.participants), sum(a.materials) from publicity_activity a "
                + "where a.held_on between :first and :last " + activity
                + " group by a.activity_type, a.form, a.venue_village_id "
                + "union all select 1, t.theme, null, null, null, count(*), 0, 0 from publicity_activity a "
                + "join publicity_activity_theme t on t.activity_id = a.id {part:t} "
                + "where a.held_on between :first and :last " + activity + " group by t.theme "
                + "union all select 2, null, null, null, p.posted_on, count(*), 0, 0 from publicity_post p "
                + "where p.posted_on between :first and :last {scope:p} group by p.posted_on";
    }

    /** Per village chosen, score and number of questions: the sheets handed in during the year. */
    private static String sheets(String sheet) {
        return "select q.answer_village_id, q.score, q.total, count(*) from publicity_quiz_answer q "
                + "where q.answered_on between :first and :last " + sheet
                + " group by q.answer_village_id, q.score, q.total";
    }

    private static final String FIGURES = figures("{scope:a}");
    private static final String FIGURES_OF_VILLAGE = figures(heldOrTookPlace("a", "venue_village_id"));
    private static final String SHEETS = sheets("{scope:q}");
    private static final String SHEETS_OF_VILLAGE = sheets(heldOrTookPlace("q", "answer_village_id"));

    private final DataScope dataScope;
    private final OrgDirectory directory;
    private final ScopedStatements statements;

    PublicityStatisticsQuery(DataScope dataScope, OrgDirectory directory, ScopedStatements statements) {
        this.dataScope = dataScope;
        this.directory = directory;
        this.statements = statements;
    }

    /** One statement, outside a transaction when called on its own ({@link ScopedStatements}). */
    @Override
    public Figures of(int year, long orgUnitId) {
        OrgUnitView unit = visible(year, orgUnitId);
        long[] totals = new long[5];
        Map<String, Long> byVillage = new LinkedHashMap<>();
        Map<String, Long> byForm = new LinkedHashMap<>();
        for (ActivityForm f : ActivityForm.values()) {
            byForm.put(f.label(), 0L);
        }
        Map<String, Long> byTheme = new LinkedHashMap<>();
        Set<Integer> weeks = new HashSet<>();
        statements.query(village(unit) ? FIGURES_OF_VILLAGE : FIGURES, ScopedSql.countedFor(unit),
                period(year, unit), rs -> {
                    while (rs.next()) {
                        long n = rs.getLong(6);
                        switch (rs.getInt(1)) {
                            case 0 -> {
                                // [campaigns, sessions, participants, materials, posts]
                                totals[ActivityType.valueOf(rs.getString(2)) == ActivityType.CAMPAIGN ? 0 : 1] += n;
                                totals[2] += rs.getLong(7);
                                totals[3] += rs.getLong(8);
                                byForm.merge(ActivityForm.valueOf(rs.getString(3)).label(), n, Long::sum);
                                long village = rs.getLong(4);
                                if (!rs.wasNull()) {
                                    byVillage.merge(directory.find(village).map(OrgUnitView::name).orElse(""), n,
                                            Long::sum);
                                }
                            }
                            case 1 -> byTheme.put(rs.getString(2), n);
                            default -> {
                                totals[4] += n;
                                weeks.add(isoWeekKey(rs.getObject(5, LocalDate.class)));
                            }
                        }
                    }
                    return null;
                });
        return new Figures(year, orgUnitId, totals[0], totals[1], totals[2], totals[3], totals[4], weeks.size(),
                sortedByCount(byTheme), sortedByCount(byVillage), byForm);
    }

    /** One statement, outside a transaction when called on its own ({@link ScopedStatements}). */
    @Override
    public QuizFigures quizzes(int year, long orgUnitId) {
        OrgUnitView unit = visible(year, orgUnitId);
        Map<String, Long> byVillage = new LinkedHashMap<>();
        long[] sheets = new long[1];
        double[] percentages = new double[1];
        statements.query(village(unit) ? SHEETS_OF_VILLAGE : SHEETS, ScopedSql.countedFor(unit), period(year, unit),
                rs -> {
                    while (rs.next()) {
                        long village = rs.getLong(1);
                        String name = rs.wasNull() ? NO_VILLAGE
                                : directory.find(village).map(OrgUnitView::name).orElse(NO_VILLAGE);
                        long n = rs.getLong(4);
                        byVillage.merge(name, n, Long::sum);
                        int score = rs.getInt(2);
                        int total = rs.getInt(3);
                        percentages[0] += n * (total == 0 ? 0 : 100.0 * score / total);
                        sheets[0] += n;
                    }
                    return null;
                });
        Double average = sheets[0] == 0 ? null : Math.round(percentages[0] / sheets[0] * 10) / 10.0;
        return new QuizFigures(year, orgUnitId, sheets[0], average, sortedByCount(byVillage));
    }

    /** The week a day belongs to by ISO 8601 (Monday first; the week of 4 January is week 1). */
    static int isoWeekKey(LocalDate day) {
        return day.get(IsoFields.WEEK_BASED_YEAR) * 100 + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    private OrgUnitView visible(int year, long orgUnitId) {
        Input.requireYear(year);
        return dataScope.requireVisibleUnit(orgUnitId);
    }

    private static boolean village(OrgUnitView unit) {
        return unit.type() == OrgUnitType.VILLAGE;
    }

    /**
     * A village's records: those it holds and those that took place in it ({@code villageColumn}: the record's village
     * of venue or choice, always one of its town's), within the caller's scope.
     */
    private static String heldOrTookPlace(String alias, String villageColumn) {
        return "{within:" + alias + "} and (" + alias + ".holder_unit_id = :village or " + alias + "."
                + villageColumn + " = :village)";
    }

    private static Map<String, Object> period(int year, OrgUnitView unit) {
        return Map.of("first", LocalDate.of(year, 1, 1), "last", LocalDate.of(year, 12, 31), "village", unit.id());
    }

    private static Map<String, Long> sortedByCount(Map<String, Long> m) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        m.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
