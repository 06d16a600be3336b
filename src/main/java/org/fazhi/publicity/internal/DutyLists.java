package org.fazhi.publicity.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.organization.FazhiUser;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.Input;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 谁执法谁普法 — each department's legal-education duty list for a year: items with a planned number of activities
 * due by the end of a quarter, and the activities linked to them. An item whose quarter has ended with fewer
 * activities than planned puts its department behind plan.
 */
@Service
@Transactional
public class DutyLists {

    private final DutyItemRepository items;
    private final ActivityRepository activities;
    private final Clock clock;

    DutyLists(DutyItemRepository items, ActivityRepository activities, Clock clock) {
        this.items = items;
        this.activities = activities;
        this.clock = clock;
    }

    /** An item of the list with what has been done toward it and whether its quarter ended short of the plan. */
    public record Progress(DutyItem item, long done, boolean behind) {
    }

    /** Adds an item to the caller's unit's list for the year. */
    public DutyItem add(Integer year, String content, Integer planned, Integer dueQuarter) {
        OrgUnitView holder = Activities.holderOfCaller();
        Input in = new Input();
        if (year == null) {
            in.problem("year", Input.REQUIRED);
        }
        in.number("year", year, 2000, 2100);
        String c = in.text("content", content, 200, true);
        if (planned == null) {
            in.problem("planned", Input.REQUIRED);
        }
        in.number("planned", planned, 1, 1000);
        if (dueQuarter == null) {
            in.problem("dueQuarter", Input.REQUIRED);
        }
        in.number("dueQuarter", dueQuarter, 1, 4);
        in.check();
        return items.save(new DutyItem(year, c, planned, dueQuarter, holder));
    }

    /** The year's items of the caller's scope with their progress, by department and quarter. */
    @Transactional(readOnly = true)
    public List<Progress> progress(int year) {
        LocalDate today = LocalDate.now(clock);
        return items.findByYearOrderByHolderUnitIdAscDueQuarterAscIdAsc(year).stream().map(i -> {
            long done = activities.findByDutyItemId(i.getId()).size();
            LocalDate quarterEnd = LocalDate.of(year, i.getDueQuarter() * 3, 1).plusMonths(1).minusDays(1);
            return new Progress(i, done, quarterEnd.isBefore(today) && done < i.getPlanned());
        }).toList();
    }

    /**
     * The caller's own unit's items of the year, for linking an activity; none for a caller without a unit (an
     * activity counts only toward its own department's items).
     */
    @Transactional(readOnly = true)
    public List<DutyItem> ownItems(int year) {
        Long unit = DataScope.currentUser().map(FazhiUser::homeUnit).map(OrgUnitView::id).orElse(null);
        if (unit == null) {
            return List.of();
        }
        return items.findByYearOrderByHolderUnitIdAscDueQuarterAscIdAsc(year).stream()
                .filter(i -> unit.equals(i.getHolderUnitId())).toList();
    }
}
