package org.fazhi.publicity;

import java.util.Map;

/**
 * The year's legal-education figures, computed in one place for the API, the dashboard, the export and the annual
 * report.
 */
public interface PublicityStatistics {

    /**
     * Figures of the org unit (a town: the whole town; a department: what it holds; a village: the activities held
     * in it; the district: every town of the caller's scope) for the year. The caller must be able to see the unit.
     */
    Figures of(int year, long orgUnitId);

    /** Public quiz answers of the year: how many per village (未填写 when none chosen) and the average score in %. */
    QuizFigures quizzes(int year, long orgUnitId);

    /**
     * @param activities      法治宣传活动 held in the year
     * @param villageSessions 入村普法 sessions held in the year
     * @param participants    people reached by both kinds
     * @param materials       copies of material handed out at both kinds
     * @param posts           online posts published in the year
     * @param weeksWithPosts  ISO weeks of the year with at least one post
     * @param byTheme         activities of both kinds per theme (an activity counts once for each of its themes)
     * @param byVillage       activities of both kinds per village they were held in
     * @param byForm          activities of both kinds per form, by its label
     */
    record Figures(int year, long orgUnitId, long activities, long villageSessions, long participants,
                   long materials, long posts, long weeksWithPosts, Map<String, Long> byTheme,
                   Map<String, Long> byVillage, Map<String, Long> byForm) {
    }

    /**
     * @param answers       answer sheets handed in during the year
     * @param averageScore  average share of right answers in % (one decimal), {@code null} without answers
     * @param byVillage     answer sheets per village chosen
     */
    record QuizFigures(int year, long orgUnitId, long answers, Double averageScore, Map<String, Long> byVillage) {
    }
}
