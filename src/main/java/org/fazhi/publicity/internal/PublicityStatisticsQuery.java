package org.fazhi.publicity.internal;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.publicity.PublicityStatistics;
import org.fazhi.shared.Input;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The year's legal-education figures from the activities, posts and answer sheets of the caller's scope. */
@Component
class PublicityStatisticsQuery implements PublicityStatistics {

    static final String NO_VILLAGE = "未填写";

    private final ActivityRepository activities;
    private final PostRepository posts;
    private final QuizAnswerRepository answers;
    private final DataScope dataScope;
    private final OrgDirectory directory;

    PublicityStatisticsQuery(ActivityRepository activities, PostRepository posts, QuizAnswerRepository answers,
                             DataScope dataScope, OrgDirectory directory) {
        this.activities = activities;
        this.posts = posts;
        this.answers = answers;
        this.dataScope = dataScope;
        this.directory = directory;
    }

    @Override
    @Transactional(readOnly = true)
    public Figures of(int year, long orgUnitId) {
        OrgUnitView unit = visible(year, orgUnitId);
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        List<Activity> held = activities.findByHeldOnBetweenOrderByHeldOnDescIdDesc(first, last).stream()
                .filter(a -> belongs(a, unit, a.getVenueVillageId())).toList();
        List<OnlinePost> published = posts.findByPostedOnBetweenOrderByPostedOnDescIdDesc(first, last).stream()
                .filter(p -> belongs(p, unit, null)).toList();
        Map<String, Long> byTheme = new LinkedHashMap<>();
        Map<String, Long> byVillage = new LinkedHashMap<>();
        Map<String, Long> byForm = new LinkedHashMap<>();
        for (ActivityForm f : ActivityForm.values()) {
            byForm.put(f.label(), 0L);
        }
        Function<Long, String> villageName = id -> directory.find(id).map(OrgUnitView::name).orElse("");
        for (Activity a : held) {
            a.getThemes().forEach(t -> byTheme.merge(t, 1L, Long::sum));
            if (a.getVenueVillageId() != null) {
                byVillage.merge(villageName.apply(a.getVenueVillageId()), 1L, Long::sum);
            }
            byForm.merge(a.getForm().label(), 1L, Long::sum);
        }
        Set<Integer> weeks = new HashSet<>();
        published.forEach(p -> weeks.add(isoWeekKey(p.getPostedOn())));
        long campaigns = held.stream().filter(a -> a.getType() == ActivityType.CAMPAIGN).count();
        return new Figures(year, orgUnitId, campaigns, held.size() - campaigns,
                held.stream().mapToLong(Activity::getParticipants).sum(),
                held.stream().mapToLong(Activity::getMaterials).sum(), published.size(), weeks.size(),
                sortedByCount(byTheme), sortedByCount(byVillage), byForm);
    }

    @Override
    @Transactional(readOnly = true)
    public QuizFigures quizzes(int year, long orgUnitId) {
        OrgUnitView unit = visible(year, orgUnitId);
        List<QuizAnswer> sheets = answers.findAll().stream().filter(a -> a.getAnsweredOn().getYear() == year)
                .filter(a -> belongs(a, unit, a.getAnswerVillageId())).toList();
        Map<String, Long> byVillage = new LinkedHashMap<>();
        for (QuizAnswer a : sheets) {
            String name = a.getAnswerVillageId() == null ? NO_VILLAGE
                    : directory.find(a.getAnswerVillageId()).map(OrgUnitView::name).orElse(NO_VILLAGE);
            byVillage.merge(name, 1L, Long::sum);
        }
        Double average = sheets.isEmpty() ? null : Math.round(sheets.stream()
                .mapToDouble(a -> a.getTotal() == 0 ? 0 : 100.0 * a.getScore() / a.getTotal()).average()
                .orElse(0) * 10) / 10.0;
        return new QuizFigures(year, orgUnitId, sheets.size(), average, sortedByCount(byVillage));
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
     * A town counts its own records, the district every record in scope, a department what it holds, a village what
     * took place in it or it holds.
     */
    private static boolean belongs(ScopedRecord r, OrgUnitView unit, Long village) {
        return switch (unit.type()) {
            case DISTRICT -> true;
            case TOWN -> unit.id() == r.getTownId();
            case VILLAGE -> unit.id() == r.getHolderUnitId() || Long.valueOf(unit.id()).equals(village);
            default -> unit.id() == r.getHolderUnitId();
        };
    }

    private static Map<String, Long> sortedByCount(Map<String, Long> m) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        m.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
