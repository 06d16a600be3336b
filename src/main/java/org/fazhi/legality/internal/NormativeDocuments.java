package org.fazhi.legality.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.fazhi.deadline.ClockPurpose;
import org.fazhi.deadline.DeadlineEngine;
import org.fazhi.deadline.DeadlineView;
import org.fazhi.deadline.NewDeadline;
import org.fazhi.deadline.StatutoryPeriod;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.shared.Input;
import org.fazhi.shared.LegalBasis;
import org.fazhi.shared.Like;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.RuleViolation;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 行政规范性文件登记 — the town's normative documents through their steps; publication starts the clock for filing
 * with the district (the town's setting), filing meets it. Each request is checked whole before the first write.
 */
@Service
@Transactional
public class NormativeDocuments {

    /** The subject type of a document's filing clock in the deadline engine. */
    public static final String CLOCK_SUBJECT = "legality.normative";
    /** 国办发〔2018〕37号 requires filing with the level above; the period is the town's setting. */
    public static final LegalBasis FILING_BASIS = LegalBasis.of("关于加强行政规范性文件制定和监督管理工作的通知");
    /** How far ahead the cleanup list looks for validity ending: a working horizon, not a legal period. */
    public static final int REVIEW_HORIZON_DAYS = 90;

    /** The clock a document keeps: its filing with the district. */
    enum DocumentClock implements ClockPurpose {
        FILING;

        @Override
        public String code() {
            return ClockPurpose.codeOf(this);
        }
    }

    private final NormativeDocumentRepository documents;
    private final LegalityReviews reviews;
    private final OrgDirectory directory;
    private final DeadlineEngine deadlines;
    private final Clock clock;

    NormativeDocuments(NormativeDocumentRepository documents, LegalityReviews reviews, OrgDirectory directory,
                       DeadlineEngine deadlines, Clock clock) {
        this.documents = documents;
        this.reviews = reviews;
        this.directory = directory;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    public NormativeDocument register(String title, Long orgUnitId) {
        Input in = new Input();
        String t = in.text("title", title, 200, true);
        OrgUnitView unit = reviews.draftingUnit(in, orgUnitId);
        in.check();
        return documents.save(new NormativeDocument(t, unit, directory.get(unit.townId())));
    }

    public NormativeDocument consult(long id, LocalDate from, LocalDate to) {
        NormativeDocument d = document(id);
        Input in = new Input();
        required(in, "consultationFrom", from);
        required(in, "consultationTo", to);
        in.check();
        d.consult(from, to);
        return d;
    }

    public NormativeDocument linkReview(long id, Long reviewId) {
        NormativeDocument d = document(id);
        d.require(DocumentState.Step.LINK_REVIEW);
        LegalityReview r = reviews.linkable(reviewId, d.getTownId());
        d.linkReview(r);
        return d;
    }

    /** 集体审议: refused while the linked review has not found the draft lawful. */
    public NormativeDocument deliberate(long id, String meeting, LocalDate on) {
        NormativeDocument d = document(id);
        d.require(DocumentState.Step.DELIBERATE);
        Input in = new Input();
        String m = in.text("meeting", meeting, 200, true);
        required(in, "deliberatedOn", on);
        in.notFuture("deliberatedOn", on, today());
        LegalityReview r = reviewOf(d).orElse(null);
        if (r == null || r.getConclusion() == null || !r.getConclusion().permits()) {
            throw new RuleViolation("legality.document.notReviewed",
                    NormativeDocument.REVIEW_BEFORE_DELIBERATION.citation());
        }
        in.check();
        d.deliberate(r, m, on);
        return d;
    }

    /** 编号公布: the clock for filing with the district starts on the day of publication. */
    public NormativeDocument publish(long id, String docNumber, LocalDate on, LocalDate validUntil) {
        NormativeDocument d = document(id);
        d.require(DocumentState.Step.PUBLISH);
        Input in = new Input();
        String number = in.text("docNumber", docNumber, 100, true);
        required(in, "publishedOn", on);
        in.notFuture("publishedOn", on, today());
        in.check();
        d.publish(number, on, validUntil);
        OrgUnitView holder = directory.get(d.getHolderUnitId());
        int days = reviews.settings(d.getTownId()).getFilingDays();
        deadlines.start(NewDeadline.of(CLOCK_SUBJECT, String.valueOf(d.getId()), DocumentClock.FILING,
                "规范性文件备案（" + d.getTitle() + "）", StatutoryPeriod.calendarDays(days, FILING_BASIS), on, holder));
        return d;
    }

    /** 施行: refused for a document not published — it is no basis for administration. */
    public NormativeDocument putInForce(long id, LocalDate from) {
        NormativeDocument d = document(id);
        if (from == null) {
            throw RuleViolation.onField("inForceFrom", Input.REQUIRED);
        }
        d.putInForce(from);
        return d;
    }

    /** 报送备案: meets the filing clock. */
    public NormativeDocument file(long id, LocalDate on) {
        NormativeDocument d = document(id);
        Input in = new Input();
        required(in, "filedOn", on);
        in.notFuture("filedOn", on, today());
        in.check();
        d.file(on);
        filingClock(d).filter(c -> c.status().open()).ifPresent(c -> deadlines.meet(c.id(), on));
        return d;
    }

    /** 清理: the result, a note and, where the document stays in force, its new validity. */
    public NormativeDocument cleanUp(long id, LocalDate on, CleanupResult result, String note, LocalDate validUntil) {
        NormativeDocument d = document(id);
        Input in = new Input();
        required(in, "cleanedOn", on);
        in.notFuture("cleanedOn", on, today());
        if (result == null) {
            in.problem("cleanupResult", Input.REQUIRED);
        }
        String text = in.text("cleanupNote", note, 500, false);
        in.check();
        d.cleanUp(on, result, text, validUntil);
        return d;
    }

    private static void required(Input in, String field, Object value) {
        if (value == null) {
            in.problem(field, Input.REQUIRED);
        }
    }

    // ---------------------------------------------------------------- reading

    @Transactional(readOnly = true)
    public NormativeDocument document(long id) {
        return documents.findById(id).orElseThrow(() -> new NotFound("normative-document", id));
    }

    /** The register; {@code due} narrows it to the documents due for cleanup within the horizon. */
    @Transactional(readOnly = true)
    public Page<NormativeDocument> search(DocumentState state, boolean due, String q, Pageable pageable) {
        return documents.search(state, due, today().plusDays(REVIEW_HORIZON_DAYS), Like.containing(q), pageable);
    }

    @Transactional(readOnly = true)
    public Optional<LegalityReview> reviewOf(NormativeDocument d) {
        return d.getReviewId() == null ? Optional.empty() : reviews.find(d.getReviewId());
    }

    @Transactional(readOnly = true)
    public Optional<DeadlineView> filingClock(NormativeDocument d) {
        return deadlines.clock(CLOCK_SUBJECT, String.valueOf(d.getId()), DocumentClock.FILING);
    }

    /** A town's published documents, in force and repealed, for the portal (run as the platform). */
    @Transactional(readOnly = true)
    public List<NormativeDocument> publicOf(long townId) {
        return documents.findByTownIdAndStateInOrderByPublishedOnDesc(townId,
                EnumSet.of(DocumentState.PUBLISHED, DocumentState.IN_FORCE, DocumentState.REPEALED));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
