package org.fazhi.publication.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fazhi.deadline.DeadlineEngine;
import org.fazhi.deadline.DeadlineMoved;
import org.fazhi.deadline.DeadlineView;
import org.fazhi.deadline.NewDeadline;
import org.fazhi.deadline.OfficialCalendar;
import org.fazhi.organization.FazhiUser;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.Permission;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.publication.DecisionToPublish;
import org.fazhi.publication.PartyType;
import org.fazhi.publication.PublicationDesk;
import org.fazhi.publication.PublicationRef;
import org.fazhi.shared.AccessDenied;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.RuleViolation;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The publication desk: prepares, confirms, withholds, withdraws and takes down publications, each on its clock.
 */
@Service
@Transactional
public class PublicationService implements PublicationDesk {

    private final PublicationRepository publications;
    private final PublicationSearchIndex index;
    private final DeadlineEngine deadlines;
    private final OfficialCalendar calendar;
    private final OrgDirectory directory;
    private final PublicationSettings settings;
    private final Clock clock;

    PublicationService(PublicationRepository publications, PublicationSearchIndex index, DeadlineEngine deadlines,
                       OfficialCalendar calendar, OrgDirectory directory, PublicationSettings settings,
                       Clock clock) {
        this.publications = publications;
        this.index = index;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.directory = directory;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public long prepare(DecisionToPublish d) {
        return create(d).getId();
    }

    @Override
    public long prepareConfirmed(DecisionToPublish d, LocalDate publishedOn, String confirmation) {
        FazhiUser user = DataScope.currentUser().orElseThrow(() -> new AccessDenied("error.forbidden"));
        if (!user.holds(Permission.LEGAL_REVIEW)) {
            throw new AccessDenied("publication.confirm.reviewerOnly");
        }
        Publication p = create(d);
        if (p.getStatus() == PublicationStatus.PENDING_REVIEW) {
            publish(p, publishedOn, confirmation);
        }
        return p.getId();
    }

    /**
     * Prepares and publishes at once, without a reviewer's confirmation: for the demo installation's history only,
     * never for a decision a user hands over.
     */
    long prepareAndPublish(DecisionToPublish d, LocalDate publishedOn) {
        Publication p = create(d);
        if (p.getStatus() == PublicationStatus.PENDING_REVIEW) {
            publish(p, publishedOn, null);
        }
        return p.getId();
    }

    private Publication create(DecisionToPublish d) {
        OrgUnitView holder = directory.find(d.holderUnitId())
                .orElseThrow(() -> RuleViolation.onField("holderUnitId", "org.parent.unknown"));
        if (d.caseNumber().isBlank()) {
            throw RuleViolation.onField("caseNumber", "publication.caseNumber.required");
        }
        if (publications.findByTownIdAndCaseNumber(holder.townId(), d.caseNumber().strip()).isPresent()) {
            throw RuleViolation.onField("caseNumber", "publication.caseNumber.duplicate", d.caseNumber());
        }
        boolean person = d.partyType() == PartyType.NATURAL_PERSON;
        boolean minor = minor(d);
        Redactor.Names names = new Redactor.Names(d.partyName(), person, d.otherPersons());
        RedactedText text = new RedactedText(
                Redactor.redact(nz(d.title(), "行政处罚决定"), names, d.partyAddress()),
                Redactor.publishedPartyName(d.partyName(), person),
                Redactor.redact(d.violation(), names, d.partyAddress()),
                Redactor.redact(d.basis(), names, d.partyAddress()),
                Redactor.redact(d.penalty(), names, d.partyAddress()));
        LocalDate due = calendar.dueDate(PublicationPeriods.publication(d.kind()), d.decidedOn());
        Publication p = publications.save(Publication.prepared(holder, d.kind(), d.caseNumber(), d.decisionNumber(),
                text, d.partyType(), d.fineAmount(), d.decidedOn(), due, minor, LocalDate.now(clock)));
        if (!minor) {
            deadlines.start(NewDeadline.of(PublicationClock.SUBJECT, String.valueOf(p.getId()),
                    PublicationClock.PUBLICATION, "执法决定公示期限（" + p.getCaseNumber() + "）",
                    PublicationPeriods.publication(d.kind()), d.decidedOn(), holder));
        }
        return p;
    }

    /** Whether the decision's party is a natural person who was under 18 on the day of the violation. */
    private static boolean minor(DecisionToPublish d) {
        return d.partyType() == PartyType.NATURAL_PERSON
                && Redactor.minorOn(d.partyIdNumber(), d.partyBirthDate(), d.ageTakenOn());
    }

    /** The reviewer corrects the redacted texts; the number patterns are applied again to what they typed. */
    public Publication revise(long id, String title, String violation, String basis, String penalty) {
        Publication p = load(id);
        Redactor.Names none = new Redactor.Names(null, false, List.of());
        p.revise(new RedactedText(Redactor.redact(nz(title, p.getTitle()), none, null), p.getPartyName(),
                Redactor.redact(violation, none, null), Redactor.redact(basis, none, null),
                Redactor.redact(penalty, none, null)));
        return p;
    }

    /** The reviewer confirms the redacted text: it is published today. */
    public Publication confirm(long id) {
        Publication p = load(id);
        publish(p, LocalDate.now(clock), null);
        return p;
    }

    /**
     * Publishes a prepared publication on an earlier day, as the record of a publication made then: for the demo
     * installation's history only (its decisions of earlier months, published within their period).
     */
    void publishOn(long id, LocalDate on) {
        publish(load(id), on, null);
    }

    private void publish(Publication p, LocalDate on, String confirmation) {
        String reviewer = DataScope.currentUser().map(u -> u.getUsername()).orElse("system");
        p.confirmAndPublish(reviewer, on, confirmation);
        clock(p, PublicationClock.PUBLICATION).ifPresent(k -> deadlines.meet(k.id(), on));
        reindex(p);
    }

    @Override
    public void decisionRevoked(String caseNumber, LocalDate on, String reason) {
        for (Publication p : publications.findByCaseNumber(caseNumber.strip())) {
            revoke(p, on, reason);
        }
    }

    /**
     * The decision of this publication was changed, revoked, confirmed unlawful or void (registered on the desk); a
     * revocation already recorded is not recorded twice.
     */
    public Publication revoke(long id, LocalDate on, String reason) {
        Publication p = load(id);
        LocalDate revokedOn = p.getWithdrawal().getRevokedOn();
        if (revokedOn != null) {
            throw RuleViolation.onField("revokedOn", "publication.revoke.already", revokedOn.toString());
        }
        revoke(p, on, reason);
        return p;
    }

    /** Does what the publication's state allows: cancel, start the withdrawal, or keep the reason only. */
    private void revoke(Publication p, LocalDate on, String reason) {
        if (on == null || on.isBefore(p.getDecidedOn())) {
            throw RuleViolation.onField("revokedOn", "publication.revokedBeforeDecision");
        }
        LocalDate withdrawalDue = calendar.dueDate(PublicationPeriods.WITHDRAWAL, on);
        switch (p.revoked(on, reason, withdrawalDue)) {
            case CANCELLED -> clock(p, PublicationClock.PUBLICATION).filter(k -> k.status().open())
                    .ifPresent(k -> deadlines.stop(k.id(), on, "决定已撤销或变更，不再公示"));
            case WITHDRAWAL_DUE -> deadlines.start(NewDeadline.of(PublicationClock.SUBJECT,
                    String.valueOf(p.getId()), PublicationClock.WITHDRAWAL,
                    "执法决定撤回公示期限（" + p.getCaseNumber() + "）", PublicationPeriods.WITHDRAWAL, on,
                    directory.get(p.getHolderUnitId())));
            case NOTHING_TO_WITHDRAW, ALREADY_RECORDED -> {
                // not public: nothing to take off the list, no clock to run
            }
        }
    }

    /**
     * 不予公示 — the reviewer withholds a decision waiting for review or public, on a ground with a written reason; it
     * leaves the portal, and its open clocks (publication, withdrawal) stop: nothing is due any more.
     */
    public Publication withhold(long id, WithholdingGround ground, String reason) {
        Publication p = load(id);
        LocalDate today = LocalDate.now(clock);
        String reviewer = DataScope.currentUser().map(FazhiUser::getUsername).orElse("system");
        p.withhold(ground, reason, reviewer, today);
        stopOpenClocks(p, today, "决定不予公示");
        reindex(p);
        return p;
    }

    private void stopOpenClocks(Publication p, LocalDate on, String reason) {
        for (PublicationClock purpose : PublicationClock.values()) {
            clock(p, purpose).filter(k -> k.status().open()).ifPresent(k -> deadlines.stop(k.id(), on, reason));
        }
    }

    @Override
    public void maskNames(String caseNumber, List<String> names) {
        for (Publication p : publications.findByCaseNumber(caseNumber.strip())) {
            if (p.maskNames(names)) {
                reindex(p);
            }
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<PublicationRef> awaitingAgeRecheck() {
        return publications.findByAgeOnViolationFalse().stream()
                .map(p -> new PublicationRef(p.getTownId(), p.getCaseNumber())).toList();
    }

    @Override
    public boolean recheckAge(PublicationRef ref, DecisionToPublish decision) {
        Publication p = publications.findByTownIdAndCaseNumber(ref.townId(), ref.caseNumber()).orElse(null);
        if (p == null || p.isAgeOnViolation()) {
            return false;
        }
        LocalDate today = LocalDate.now(clock);
        boolean withheld = p.ageRechecked(decision != null && minor(decision), today);
        if (withheld) {
            stopOpenClocks(p, today, Withholding.MINOR_REASON);
            reindex(p);
        }
        return withheld;
    }

    /** The reviewer takes a revoked decision off the public list; it stays there as a stub with the reason. */
    public Publication withdraw(long id) {
        Publication p = load(id);
        LocalDate today = LocalDate.now(clock);
        p.withdraw(today);
        clock(p, PublicationClock.WITHDRAWAL).ifPresent(k -> deadlines.meet(k.id(), today));
        reindex(p);
        return p;
    }

    /**
     * Takes down every publication whose period ended before {@code today}; the platform's job calls it. The period
     * runs from the day after publication (民法典 art. 201) and ends on the corresponding day (art. 202): published on
     * 2024-03-01 for two years, a decision stays public through 2026-03-01 and comes down on 2026-03-02.
     */
    public int takeDownExpired(LocalDate today) {
        int n = 0;
        LocalDate natural = today.minus(settings.periodNaturalPerson());
        LocalDate organisation = today.minus(settings.periodOrganisation());
        LocalDate latestCandidate = natural.isAfter(organisation) ? natural : organisation;
        for (Publication p : publications.publishedOnOrBefore(latestCandidate)) {
            if (lastPublicDay(p).isBefore(today)) {
                p.takeDown(today);
                reindex(p);
                n++;
            }
        }
        return n;
    }

    /** The last day a publication stays public: the corresponding day of its period after the day of publication. */
    LocalDate lastPublicDay(Publication p) {
        java.time.Period period = p.getPartyType() == PartyType.NATURAL_PERSON ? settings.periodNaturalPerson()
                : settings.periodOrganisation();
        return p.getPublishedOn().plus(period);
    }

    /**
     * Cuts the search text of decisions withdrawn before withdrawal did so to their stub's, and re-indexes them; a
     * start-up check that writes nothing once every withdrawn decision is a stub.
     */
    public int cutWithdrawnToStubs() {
        int n = 0;
        for (Publication p : publications.findByStatus(PublicationStatus.WITHDRAWN)) {
            if (p.cutToStub()) {
                reindex(p);
                n++;
            }
        }
        return n;
    }

    /** A pending publication follows its clock when the official calendar changes. */
    @EventListener
    void on(DeadlineMoved moved) {
        if (PublicationClock.SUBJECT.equals(moved.subjectType()) && moved.serves(PublicationClock.PUBLICATION)) {
            publications.findById(Long.parseLong(moved.subjectId()))
                    .ifPresent(p -> p.dueDateMoved(moved.dueDate()));
        }
    }

    /**
     * The clock of what the publication waits for: its publication while pending review, its withdrawal while a
     * revoked decision is still public; empty otherwise.
     */
    @Transactional(readOnly = true)
    public Optional<DeadlineView> pendingClock(Publication p) {
        if (p.getStatus() == PublicationStatus.PENDING_REVIEW) {
            return clock(p, PublicationClock.PUBLICATION);
        }
        if (p.getStatus() == PublicationStatus.PUBLISHED && p.getWithdrawal().getRevokedOn() != null) {
            return clock(p, PublicationClock.WITHDRAWAL);
        }
        return Optional.empty();
    }

    private Optional<DeadlineView> clock(Publication p, PublicationClock purpose) {
        return deadlines.clock(PublicationClock.SUBJECT, String.valueOf(p.getId()), purpose);
    }

    PublicationRepository publications() {
        return publications;
    }

    @Transactional(readOnly = true)
    public Publication get(long id) {
        return load(id);
    }

    private Publication load(long id) {
        return publications.findById(id).orElseThrow(() -> new NotFound("publication", id));
    }

    /** The row must be written before its derived search terms are. */
    private void reindex(Publication p) {
        publications.flush();
        index.index(p);
    }

    private static String nz(String s, String fallback) {
        return s == null || s.isBlank() ? fallback : s.strip();
    }

    @Override
    public org.fazhi.deadline.StatutoryPeriod publicationPeriod(org.fazhi.publication.DecisionKind kind) {
        return PublicationPeriods.publication(kind);
    }
}
