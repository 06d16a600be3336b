package org.fazhi.shared.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * 待办清单 — what a dashboard lists of the user's own work, in the order it needs action: what is overdue (of the
 * last {@value #RECENT_OVERDUE_DAYS} days), then what falls due in the next days, then the rest — each group soonest
 * first and each item a link to its record ({@code fragments/dashboard :: worklist}). Items overdue for longer are not
 * listed one by one (a list led by the oldest overdue items of years ago hides today's work); they are counted and
 * linked to the filtered list instead.
 *
 * @param groups          the groups in the order shown: {@link WorkItem.Urgency#OVERDUE}, {@code DUE_SOON},
 *                        {@code LATER}
 * @param olderOverdue    how many items are overdue by more than {@value #RECENT_OVERDUE_DAYS} days
 * @param olderOverdueHref the list of those items
 */
public record WorkList(List<Group> groups, long olderOverdue, String olderOverdueHref) {

    /**
     * How far back an overdue item is still listed on a dashboard: a month. A presentation choice, not a legal
     * period: older overdue items stay in the module's lists and are counted on the dashboard.
     */
    public static final int RECENT_OVERDUE_DAYS = 30;

    /** How many items of one group a dashboard lists; the group's link leads to all of them. */
    public static final int ITEMS_PER_GROUP = 8;

    /**
     * One group of the list.
     *
     * @param items the items shown (at most {@link #ITEMS_PER_GROUP}), soonest first
     * @param total how many there are in all
     * @param href  the list of all of them
     */
    public record Group(WorkItem.Urgency urgency, List<WorkItem> items, long total, String href) {
        public Group {
            items = List.copyOf(items);
        }

        /** Whether the group shows fewer items than it has. */
        public boolean more() {
            return total > items.size();
        }
    }

    public WorkList {
        groups = List.copyOf(groups);
    }

    /** The first due day of an overdue item still listed one by one on {@code today}. */
    public static LocalDate recentOverdueFrom(LocalDate today) {
        return today.minusDays(RECENT_OVERDUE_DAYS);
    }

    /** {@link #RECENT_OVERDUE_DAYS}, for the page's text. */
    public int recentOverdueDays() {
        return RECENT_OVERDUE_DAYS;
    }

    /** Whether nothing is listed or counted. */
    public boolean isEmpty() {
        return olderOverdue == 0 && groups.stream().allMatch(g -> g.total() == 0);
    }

    /**
     * The work list of a module's items, grouped and sorted here: overdue items older than
     * {@value #RECENT_OVERDUE_DAYS} days are counted, not listed.
     *
     * @param hrefs            the list of each group's records
     * @param olderOverdueHref the list of the overdue records older than that
     */
    public static WorkList of(Collection<WorkItem> items, LocalDate today, Map<WorkItem.Urgency, String> hrefs,
                              String olderOverdueHref) {
        LocalDate recent = recentOverdueFrom(today);
        Map<WorkItem.Urgency, List<WorkItem>> by = new EnumMap<>(WorkItem.Urgency.class);
        long older = 0;
        for (WorkItem i : items) {
            if (i.urgency() == WorkItem.Urgency.OVERDUE && i.dueOn() != null && i.dueOn().isBefore(recent)) {
                older++;
                continue;
            }
            by.computeIfAbsent(i.urgency(), u -> new ArrayList<>()).add(i);
        }
        List<Group> groups = new ArrayList<>();
        for (WorkItem.Urgency u : WorkItem.Urgency.values()) {
            List<WorkItem> all = by.getOrDefault(u, List.of()).stream().sorted(SOONEST_FIRST).toList();
            groups.add(new Group(u, all.stream().limit(ITEMS_PER_GROUP).toList(), all.size(),
                    Objects.requireNonNull(hrefs.get(u), "href of " + u)));
        }
        return new WorkList(groups, older, olderOverdueHref);
    }

    /** Soonest due first; items without a due day (paused) last. */
    public static final Comparator<WorkItem> SOONEST_FIRST = Comparator.comparing(WorkItem::dueOn,
            Comparator.nullsLast(Comparator.naturalOrder()));
}
