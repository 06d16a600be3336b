package org.fazhi.mediation.internal;

import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.mediation.DisputeCategory;
import org.fazhi.mediation.DisputeSource;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.shared.Like;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dispute list: the filters a clerk uses and those the statistics link to (year, month, org unit, category,
 * source, village, outcome, agreement form, major, committee), so that every figure opens the records behind it.
 * The data scope applies underneath, as to every query.
 */
@Component
public class DisputeQueries {

    /** Sortable columns. */
    public enum SortBy {
        ACCEPTED("acceptedOn"), CASE_NO("caseNo"), CATEGORY("category"), STATUS("status"), AMOUNT("amount");

        final String property;

        SortBy(String property) {
            this.property = property;
        }
    }

    /** The list's filters; every one is optional. {@code orgUnitId} follows the statistics' meaning of a unit. */
    public record Filter(Integer year, Integer month, Long orgUnitId, Long localityId, DisputeCategory category,
                         DisputeSource source, DisputeStatus status, AgreementForm form, Boolean major,
                         CommitteeLevel committee, Boolean referred, LocalDate from, LocalDate to, String q,
                         Long campaignAssignmentId) {

        public static Filter none() {
            return new Filter(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null);
        }
    }

    private final DisputeRepository disputes;
    private final DataScope dataScope;

    DisputeQueries(DisputeRepository disputes, DataScope dataScope) {
        this.disputes = disputes;
        this.dataScope = dataScope;
    }

    @Transactional(readOnly = true)
    public Page<Dispute> search(Filter f, int page, int size, SortBy sort, boolean desc) {
        Sort order = Sort.by(desc ? Sort.Direction.DESC : Sort.Direction.ASC, sort.property).and(Sort.by("id"));
        return disputes.findAll(spec(f), PageRequest.of(Math.max(page, 0), size, order));
    }

    /** Every matching dispute, for the export (newest first). */
    @Transactional(readOnly = true)
    public List<Dispute> all(Filter f) {
        return disputes.findAll(spec(f), Sort.by(Sort.Direction.ASC, "acceptedOn", "id"));
    }

    /** Open major disputes (重大纠纷 not yet resolved), for the leader's dashboard. */
    @Transactional(readOnly = true)
    public List<Dispute> unresolvedMajor() {
        List<Dispute> list = disputes.unresolvedMajor();
        list.forEach(d -> d.getFollowUps().size());
        return list;
    }

    private Specification<Dispute> spec(Filter f) {
        OrgUnitView unit = f.orgUnitId() == null ? null : dataScope.requireVisibleUnit(f.orgUnitId());
        return (root, query, cb) -> {
            List<Predicate> p = new ArrayList<>();
            if (f.year() != null) {
                LocalDate from = LocalDate.of(f.year(), f.month() == null ? 1 : f.month(), 1);
                LocalDate to = f.month() == null ? LocalDate.of(f.year(), 12, 31)
                        : from.withDayOfMonth(from.lengthOfMonth());
                p.add(cb.between(root.get("acceptedOn"), from, to));
            }
            if (unit != null) {
                switch (unit.type()) {
                    case TOWN -> p.add(cb.equal(root.get("townId"), unit.id()));
                    case VILLAGE -> p.add(cb.equal(root.get("localityId"), unit.id()));
                    case DEPARTMENT -> p.add(cb.equal(root.get("holderUnitId"), unit.id()));
                    default -> {
                    }
                }
            }
            eq(p, cb, root.get("localityId"), f.localityId());
            eq(p, cb, root.get("category"), f.category());
            eq(p, cb, root.get("source"), f.source());
            if (f.status() != null && f.status().open()) {
                p.add(root.get("status").in(DisputeStatus.ACCEPTED, DisputeStatus.MEDIATING));
            } else {
                eq(p, cb, root.get("status"), f.status());
            }
            eq(p, cb, root.get("agreementForm"), f.form());
            eq(p, cb, root.get("major"), f.major());
            eq(p, cb, root.get("committeeLevel"), f.committee());
            eq(p, cb, root.get("campaignAssignmentId"), f.campaignAssignmentId());
            if (f.referred() != null) {
                List<DisputeSource> referred = java.util.Arrays.stream(DisputeSource.values())
                        .filter(s -> s.referred() == f.referred()).toList();
                p.add(root.get("source").in(referred));
            }
            if (f.from() != null) {
                p.add(cb.greaterThanOrEqualTo(root.get("acceptedOn"), f.from()));
            }
            if (f.to() != null) {
                p.add(cb.lessThanOrEqualTo(root.get("acceptedOn"), f.to()));
            }
            if (f.q() != null && !f.q().isBlank()) {
                String like = Like.containing(f.q());
                p.add(cb.or(cb.like(root.get("caseNo"), like, Like.ESCAPE),
                        cb.like(root.get("summary"), like, Like.ESCAPE),
                        cb.like(root.get("partyNames"), like, Like.ESCAPE)));
            }
            return cb.and(p.toArray(new Predicate[0]));
        };
    }

    private static void eq(List<Predicate> p, jakarta.persistence.criteria.CriteriaBuilder cb,
                           jakarta.persistence.criteria.Path<?> path, Object value) {
        if (value != null) {
            p.add(cb.equal(path, value));
        }
    }
}
