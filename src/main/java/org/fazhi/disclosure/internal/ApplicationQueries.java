package org.fazhi.disclosure.internal;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import org.fazhi.deadline.DeadlineEngine;
import org.fazhi.deadline.DeadlineStatus;
import org.fazhi.deadline.DeadlineView;
import org.fazhi.shared.Like;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lists and figures of applications within the caller's scope: the list page and the dashboard. */
@Service
@Transactional(readOnly = true)
public class ApplicationQueries {

    public static final int PAGE_SIZE = 20;

    private final ApplicationRepository applications;
    private final DeadlineEngine engine;
    private final Clock clock;

    ApplicationQueries(ApplicationRepository applications, DeadlineEngine engine, Clock clock) {
        this.applications = applications;
        this.engine = engine;
        this.clock = clock;
    }

    /** An application with its clock. */
    public record Row(DisclosureApplication application, DeadlineView clock) {
    }

    /** The sortable columns of the list. */
    public enum SortBy {
        RECEIVED("receivedOn"), NUMBER("caseNumber"), STATUS("status");

        private final String property;

        SortBy(String property) {
            this.property = property;
        }
    }

    /** Applications by status, keyword (number, tracking code or content) and received between two days. */
    public Page<Row> search(ApplicationStatus status, String q, LocalDate receivedFrom, LocalDate receivedTo, int page,
                            SortBy sort, boolean desc) {
        Specification<DisclosureApplication> spec = (root, query, cb) -> {
            List<Predicate> p = new ArrayList<>();
            if (status != null) {
                p.add(cb.equal(root.get("status"), status));
            }
            if (receivedFrom != null) {
                p.add(cb.greaterThanOrEqualTo(root.get("receivedOn"), receivedFrom));
            }
            if (receivedTo != null) {
                p.add(cb.lessThanOrEqualTo(root.get("receivedOn"), receivedTo));
            }
            if (q != null && !q.isBlank()) {
                String like = Like.containingLowerCase(q);
                p.add(cb.or(cb.like(cb.lower(root.get("caseNumber")), like, Like.ESCAPE),
                        cb.like(cb.lower(root.get("content")), like, Like.ESCAPE),
                        cb.like(cb.lower(root.get("trackingCode")), like, Like.ESCAPE)));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
        Sort s = Sort.by(desc ? Sort.Direction.DESC : Sort.Direction.ASC, sort.property).and(Sort.by("id"));
        return applications.findAll(spec, PageRequest.of(Math.max(0, page), PAGE_SIZE, s)).map(this::row);
    }

    private Row row(DisclosureApplication a) {
        return new Row(a, a.clock(engine).orElse(null));
    }

    /** The applications being answered: received, not yet decided. */
    static final java.util.Set<ApplicationStatus> OPEN = EnumSet.of(ApplicationStatus.PROCESSING,
            ApplicationStatus.AWAITING_SUPPLEMENT, ApplicationStatus.CONSULTING, ApplicationStatus.AWAITING_FEE);

    /** What a figure of the dashboard counts; the list shows the applications behind each. */
    public enum Count {
        /** 在办: received, not yet answered (today) */
        OPEN,
        /** 逾期未答复: open, past the answer deadline (today) */
        OVERDUE,
        /** 已答复: answered in the year */
        ANSWERED,
        /** 按时答复: answered in the year by the deadline */
        ON_TIME,
        /** 应答复: answered in the year, or overdue unanswered today — the on-time rate's denominator */
        DUE
    }

    /**
     * The dashboard's figures, computed here only: what is open and overdue today, what was answered in the year and
     * how much of it on time. The on-time rate is the share answered on time among those answered in the year and
     * those overdue without an answer, so that an overdue application lowers it at once rather than only once
     * answered.
     */
    public record Figures(int year, long open, long overdue, long answered, long answeredOnTime) {

        public long due() {
            return answered + overdue;
        }

        /** 按时答复率 in percent with two decimals, or {@code null} when nothing was due. */
        public java.math.BigDecimal onTimeRate() {
            return due() == 0 ? null : java.math.BigDecimal.valueOf(answeredOnTime * 100)
                    .divide(java.math.BigDecimal.valueOf(due()), 2, java.math.RoundingMode.HALF_UP);
        }
    }

    public Figures figures(int year) {
        return new Figures(year, counted(year, Count.OPEN).size(), counted(year, Count.OVERDUE).size(),
                counted(year, Count.ANSWERED).size(), counted(year, Count.ON_TIME).size());
    }

    /**
     * The applications a figure counts, with their clocks, soonest due first (answered ones by answer date): what
     * the list shows behind each figure, by the same rule as the figure.
     */
    public List<Row> counted(int year, Count count) {
        return switch (count) {
            case OPEN -> open();
            case OVERDUE -> open().stream().filter(ApplicationQueries::overdue).toList();
            case ANSWERED -> answered(year).map(this::row).toList();
            case ON_TIME -> answered(year).filter(a -> Boolean.FALSE.equals(a.reply().late())).map(this::row).toList();
            case DUE -> java.util.stream.Stream.concat(open().stream().filter(ApplicationQueries::overdue),
                    answered(year).map(this::row)).toList();
        };
    }

    private List<Row> open() {
        return applications.findByStatusInOrderByReceivedOnAsc(OPEN).stream().map(this::row)
                .sorted(Comparator.comparing((Row r) -> r.clock() == null || r.clock().dueDate() == null
                        ? LocalDate.MAX : r.clock().dueDate()))
                .toList();
    }

    private java.util.stream.Stream<DisclosureApplication> answered(int year) {
        return applications.decidedBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .sorted(Comparator.comparing((DisclosureApplication a) -> a.reply().decidedOn(), Comparator.nullsLast(
                        Comparator.naturalOrder())));
    }

    private static boolean overdue(Row r) {
        return r.clock() != null && r.clock().status() == DeadlineStatus.OVERDUE;
    }

    /** The applications being answered, with their clocks: the dashboard's work list. */
    public List<Row> openRows() {
        return open();
    }

    /** Today's year in the platform's zone. */
    public int thisYear() {
        return LocalDate.now(clock).getYear();
    }
}
