package org.fazhi.deadline.internal;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fazhi.deadline.DeadlineView;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.FazhiUser;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lists of clocks staff read: the dashboard's "mine and my unit's" and the deadlines page with filters, sorting and
 * paging. Data scope is applied by the session filters of {@link org.fazhi.organization.scope.ScopedRecord}; the status
 * filters are expressed on the stored due date and warning start, so they run in the database.
 */
@Service
@Transactional(readOnly = true)
public class DeadlineQueries {

    /** Page size limit of the list. */
    public static final int MAX_PAGE_SIZE = 100;

    private final DeadlineClockRepository clocks;
    private final DeadlineService deadlines;
    private final OrgDirectory directory;
    private final Clock clock;

    DeadlineQueries(DeadlineClockRepository clocks, DeadlineService deadlines, OrgDirectory directory, Clock clock) {
        this.clocks = clocks;
        this.deadlines = deadlines;
        this.directory = directory;
        this.clock = clock;
    }

    /** Which clocks a list shows by status: the open ones (default), all, or those of one status today. */
    public enum StatusFilter {
        OPEN, ALL, ON_TRACK, DUE_SOON, OVERDUE, PAUSED, MET, STOPPED
    }

    /** The sortable columns. */
    public enum SortBy {
        DUE("dueDate"), TITLE("title"), START("triggeredOn"), CREATED("createdAt");

        private final String property;

        SortBy(String property) {
            this.property = property;
        }
    }

    /**
     * The filters of the list.
     *
     * @param mine    only the caller's own clocks and those of their unit (and the units below it)
     * @param keyword part of the title
     */
    public record Filter(StatusFilter status, boolean mine, String keyword, LocalDate dueFrom, LocalDate dueTo) {
        public Filter {
            status = status == null ? StatusFilter.OPEN : status;
            keyword = keyword == null || keyword.isBlank() ? null : keyword.strip();
        }
    }

    public Page<DeadlineView> search(Filter filter, int page, int size, SortBy sortBy, boolean descending) {
        Sort.Direction dir = descending ? Sort.Direction.DESC : Sort.Direction.ASC;
        Sort sort = Sort.by(new Sort.Order(dir, (sortBy == null ? SortBy.DUE : sortBy).property),
                Sort.Order.asc("id"));
        PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE), sort);
        return clocks.findAll(spec(filter), request).map(deadlines::view);
    }

    /** The open clocks of the caller and their unit, soonest first: the dashboard section. */
    public List<DeadlineView> mineOpen(int limit) {
        return search(new Filter(StatusFilter.OPEN, true, null, null, null), 0, limit, SortBy.DUE, false)
                .getContent();
    }

    private Specification<DeadlineClock> spec(Filter f) {
        LocalDate today = LocalDate.now(clock);
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            var state = root.<ClockState>get("state");
            var due = root.<LocalDate>get("dueDate");
            var warnFrom = root.<LocalDate>get("warnFrom");
            switch (f.status()) {
                case OPEN -> where.add(state.in(ClockState.OPEN));
                case ALL -> {
                }
                case PAUSED -> where.add(cb.equal(state, ClockState.PAUSED));
                case MET -> where.add(cb.equal(state, ClockState.MET));
                case STOPPED -> where.add(cb.equal(state, ClockState.STOPPED));
                case OVERDUE -> where.add(cb.and(cb.equal(state, ClockState.RUNNING), cb.lessThan(due, today)));
                case DUE_SOON -> where.add(cb.and(cb.equal(state, ClockState.RUNNING),
                        cb.lessThanOrEqualTo(warnFrom, today), cb.greaterThanOrEqualTo(due, today)));
                case ON_TRACK -> where.add(cb.and(cb.equal(state, ClockState.RUNNING),
                        cb.greaterThan(warnFrom, today)));
            }
            if (f.mine()) {
                FazhiUser user = DataScope.currentUser().orElse(null);
                if (user == null) {
                    where.add(cb.disjunction());
                } else {
                    where.add(cb.or(cb.equal(root.get("assignee"), user.getUsername()),
                            root.get("holderUnitId").in(unitsUnder(user.homeUnit()))));
                }
            }
            if (f.keyword() != null && !f.keyword().isBlank()) {
                where.add(cb.like(cb.lower(root.get("title")),
                        org.fazhi.shared.Like.containingLowerCase(f.keyword()), org.fazhi.shared.Like.ESCAPE));
            }
            if (f.dueFrom() != null) {
                where.add(cb.greaterThanOrEqualTo(due, f.dueFrom()));
            }
            if (f.dueTo() != null) {
                where.add(cb.lessThanOrEqualTo(due, f.dueTo()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /** The unit and every unit below it: a town user's unit is the whole town, a department's only itself. */
    private Set<Long> unitsUnder(OrgUnitView home) {
        Set<Long> ids = new HashSet<>();
        ids.add(home.id());
        boolean grew = true;
        List<OrgUnitView> all = directory.all();
        while (grew) {
            grew = false;
            for (OrgUnitView u : all) {
                if (u.parentId() != null && ids.contains(u.parentId()) && ids.add(u.id())) {
                    grew = true;
                }
            }
        }
        return ids;
    }
}
