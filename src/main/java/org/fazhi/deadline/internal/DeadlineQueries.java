package org.fazhi.deadline.internal;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
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
 * paging. Data scope is applied by the session filters of {@link org.fazhi.organization.scope.ScopedRecord}; a clock
 * whose record's module declared a {@link org.fazhi.deadline.ClockSubject} is listed only to those who may read that
 * record. The status filters are expressed on the stored due date, warning start and whose period it is, so they run
 * in the database and agree with {@link org.fazhi.deadline.DeadlineStatus} of each clock.
 */
@Service
@Transactional(readOnly = true)
public class DeadlineQueries {

    /** Page size limit of the list. */
    public static final int MAX_PAGE_SIZE = 100;

    private final DeadlineClockRepository clocks;
    private final DeadlineService deadlines;
    private final OrgDirectory directory;
    private final ClockSubjects subjects;
    private final Clock clock;

    DeadlineQueries(DeadlineClockRepository clocks, DeadlineService deadlines, OrgDirectory directory,
                    ClockSubjects subjects, Clock clock) {
        this.clocks = clocks;
        this.deadlines = deadlines;
        this.directory = directory;
        this.subjects = subjects;
        this.clock = clock;
    }

    /**
     * Which clocks a list shows by status: those still to do (default: open, without the parties' lapsed windows),
     * all, those of one status today, or {@link #LATER} (on track or paused: not yet in the warning window).
     */
    public enum StatusFilter {
        OPEN, ALL, OVERDUE, DUE_SOON, LATER, ON_TRACK, PAUSED, LAPSED, MET, STOPPED
    }

    /** The sortable columns. */
    public enum SortBy {
        DUE("dates.due"), TITLE("title"), START("triggeredOn"), CREATED("createdAt");

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

    /** How many clocks the filter finds. */
    public long count(Filter filter) {
        return clocks.count(spec(filter));
    }

    /** The clocks of the caller and their unit of one status, soonest first: a group of the dashboard section. */
    public Page<DeadlineView> mine(StatusFilter status, LocalDate dueFrom, LocalDate dueTo, int limit) {
        return search(new Filter(status, true, null, dueFrom, dueTo), 0, limit, SortBy.DUE, false);
    }

    private Specification<DeadlineClock> spec(Filter f) {
        LocalDate today = LocalDate.now(clock);
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(status(f.status(), root, cb, today, clock.instant()));
            readable(root, cb, where);
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
            var due = root.get("dates").<LocalDate>get("due");
            if (f.dueFrom() != null) {
                where.add(cb.greaterThanOrEqualTo(due, f.dueFrom()));
            }
            if (f.dueTo() != null) {
                where.add(cb.lessThanOrEqualTo(due, f.dueTo()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /**
     * The status filter as a condition on the stored columns, matching {@code ClockMath.status}: past its due date an
     * open clock is overdue, or lapsed when it counts a party's window; a paused clock with a limit has a due date
     * and is overdue (lapsed) or due soon like a running one. A clock in minutes is overdue from the minute after its
     * due instant, on its due day already.
     */
    static Predicate status(StatusFilter status, Root<DeadlineClock> root, CriteriaBuilder cb, LocalDate today,
                            java.time.Instant now) {
        var state = root.<ClockState>get("state");
        var open = state.in(ClockState.OPEN);
        var due = root.get("dates").<LocalDate>get("due");
        var warnFrom = root.get("dates").<LocalDate>get("warnFrom");
        var party = root.<Boolean>get("partyWindow");
        var dueAt = root.get("minutes").<java.time.Instant>get("dueAt");
        var passed = cb.or(cb.lessThan(due, today), cb.lessThan(dueAt, now));
        var notPassed = cb.and(cb.greaterThanOrEqualTo(due, today),
                cb.or(cb.isNull(dueAt), cb.greaterThanOrEqualTo(dueAt, now)));
        return switch (status) {
            case ALL -> cb.conjunction();
            case OPEN -> cb.and(open, cb.or(cb.isFalse(party), cb.isNull(due), notPassed));
            case OVERDUE -> cb.and(open, passed, cb.isFalse(party));
            case LAPSED -> cb.and(open, passed, cb.isTrue(party));
            case DUE_SOON -> cb.and(open, cb.lessThanOrEqualTo(warnFrom, today), notPassed);
            case LATER -> cb.and(open, cb.or(cb.isNull(due), cb.greaterThan(warnFrom, today)));
            case ON_TRACK -> cb.and(cb.equal(state, ClockState.RUNNING), cb.greaterThan(warnFrom, today));
            case PAUSED -> cb.and(cb.equal(state, ClockState.PAUSED), cb.or(cb.isNull(due),
                    cb.greaterThan(warnFrom, today)));
            case MET -> cb.equal(state, ClockState.MET);
            case STOPPED -> cb.equal(state, ClockState.STOPPED);
        };
    }

    /** Clocks of declared subject types only where the caller may read their records. */
    private void readable(Root<DeadlineClock> root, CriteriaBuilder cb, List<Predicate> where) {
        subjects.readableByCaller().ifPresent(readable -> {
            var type = root.get("subject").<String>get("type");
            Set<String> declared = subjects.declared();
            Predicate undeclared = declared.isEmpty() ? cb.conjunction() : cb.not(type.in(declared));
            where.add(readable.isEmpty() ? undeclared : cb.or(type.in(readable), undeclared));
        });
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
