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

    /** The dashboard's figures: open applications by due date, overdue ones, and this year's on-time rate. */
    public record Dashboard(List<Row> open, List<Row> overdue, long decidedThisYear, long decidedOnTime,
                            Double onTimeRate) {
    }

    public Dashboard dashboard() {
        List<Row> open = applications.findByStatusInOrderByReceivedOnAsc(EnumSet.of(ApplicationStatus.PROCESSING,
                ApplicationStatus.AWAITING_SUPPLEMENT, ApplicationStatus.CONSULTING, ApplicationStatus.AWAITING_FEE))
                .stream().map(this::row)
                .sorted(Comparator.comparing((Row r) -> r.clock() == null || r.clock().dueDate() == null
                        ? LocalDate.MAX : r.clock().dueDate()))
                .toList();
        List<Row> overdue = open.stream().filter(r -> r.clock() != null
                && r.clock().status() == DeadlineStatus.OVERDUE).toList();
        int year = LocalDate.now(clock).getYear();
        List<DisclosureApplication> decided = applications.decidedBetween(LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31));
        long onTime = decided.stream().filter(a -> Boolean.FALSE.equals(a.decidedLate())).count();
        return new Dashboard(open, overdue, decided.size(), onTime,
                decided.isEmpty() ? null : 100.0 * onTime / decided.size());
    }
}
