package org.fazhi.enforcement.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fazhi.enforcement.CaseSignals;
import org.fazhi.officer.CertificateRegister;
import org.fazhi.officer.OfficerSummary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervision signals of {@link CaseSignals}: the cases without records and the major cases without review as the
 * case list's watch ({@link Supervision}) counts them, the imported past decisions by their ledger's columns, and the
 * officers of each act checked against the {@link CertificateRegister} on the day of the act.
 */
@Component
class CaseSignalsQuery implements CaseSignals {

    private final Supervision supervision;
    private final PenaltyCaseRepository cases;
    private final CaseStepRepository steps;
    private final PastDecisionRepository pastDecisions;
    private final CertificateRegister register;

    CaseSignalsQuery(Supervision supervision, PenaltyCaseRepository cases, CaseStepRepository steps,
                     PastDecisionRepository pastDecisions, CertificateRegister register) {
        this.supervision = supervision;
        this.cases = cases;
        this.steps = steps;
        this.pastDecisions = pastDecisions;
        this.register = register;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseRef> stepsWithoutRecords() {
        return supervision.signals().missingRecords().stream().map(c -> ref(c, c.getFiledOn(), null)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseRef> majorDecidedWithoutReview() {
        List<CaseRef> out = new ArrayList<>(supervision.signals().unreviewed().stream()
                .map(c -> ref(c, c.getDecision().getDecidedOn(), null)).toList());
        pastDecisions.findAll().stream().filter(d -> d.isMajor() && !Boolean.TRUE.equals(d.getReviewPassed()))
                .map(d -> ref(d, null)).forEach(out::add);
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseRef> decidedWithoutDiscussion() {
        return cases.findAll().stream().filter(c -> c.getDecision().getDecidedOn() != null
                        && DecisionChecks.collectiveDiscussionRequired(c) && c.getDiscussion().getDiscussedOn() == null)
                .map(c -> ref(c, c.getDecision().getDecidedOn(), null)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseRef> actsWithoutValidCertificate() {
        Map<String, Boolean> valid = new HashMap<>();
        List<CaseRef> out = new ArrayList<>();
        Map<Long, PenaltyCase> byId = cases.findAll().stream()
                .collect(Collectors.toMap(PenaltyCase::getId, c -> c));
        Map<Long, List<CaseStep>> stepsByCase = byId.isEmpty() ? Map.of() : steps.findByCaseIdIn(byId.keySet())
                .stream().filter(s -> s.getStep().outward())
                .sorted(Comparator.comparing(CaseStep::getOn).thenComparing(CaseStep::getId))
                .collect(Collectors.groupingBy(CaseStep::getCaseId));
        stepsByCase.forEach((caseId, taken) -> {
            Set<String> acts = new LinkedHashSet<>();
            LocalDate first = null;
            for (CaseStep s : taken) {
                for (Long officer : s.getOfficerIds()) {
                    if (!valid.computeIfAbsent(officer + "@" + s.getOn(),
                            k -> register.isValidOn(officer, s.getOn()))) {
                        first = first == null ? s.getOn() : first;
                        acts.add(s.getOn() + " " + register.find(officer, s.getOn()).map(OfficerSummary::name)
                                .orElse(String.valueOf(officer)));
                    }
                }
            }
            if (!acts.isEmpty()) {
                out.add(ref(byId.get(caseId), first, String.join("、", acts)));
            }
        });
        for (PastDecision d : pastDecisions.findAll()) {
            List<String> invalid = d.getCertificateNumbers().stream()
                    .filter(n -> !register.certificateValidOn(n, d.getDecidedOn())).toList();
            if (!invalid.isEmpty()) {
                out.add(ref(d, d.getDecidedOn() + " 执法证" + String.join("、", invalid)));
            }
        }
        return out;
    }

    private static CaseRef ref(PenaltyCase c, LocalDate on, String detail) {
        return new CaseRef(PENALTY_CASE, c.getId(), c.getCaseNumber(), c.getTitle(), c.getHolderUnitId(), on,
                detail);
    }

    private static CaseRef ref(PastDecision d, String detail) {
        return new CaseRef(PAST_DECISION, d.getId(), d.getCaseNumber(), d.getTitle(), d.getHolderUnitId(),
                d.getDecidedOn(), detail);
    }
}
