package org.fazhi.disclosure.internal;

import org.fazhi.shared.AuditNamed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.fazhi.deadline.DeadlineEngine;
import org.fazhi.deadline.DeadlineView;
import org.fazhi.deadline.NewDeadline;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.RuleViolation;

/**
 * 主动公开信息 — one item of the proactive disclosure catalogue. It is published within 20 working days of being formed
 * (art. 26), a clock of the deadline engine; a 行政规范性文件 also carries its lifecycle: issued (制发) on the day it is
 * formed, valid (现行有效) until repealed (废止).
 */
@Entity
@Table(name = "disclosure_item")
public class CatalogueItem extends ScopedRecord implements AuditNamed {

    public static final String CLOCK_SUBJECT = "disclosure.item";
    static final int MAX_BODY = 20000;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private ItemCategory category;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "doc_number", length = 100)
    private String docNumber;

    @Column(nullable = false, length = MAX_BODY)
    private String body;

    @Column(name = "formed_on", nullable = false)
    private LocalDate formedOn;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Column(name = "repealed_on")
    private LocalDate repealedOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CatalogueItem() {
    }

    static CatalogueItem form(ItemCategory category, String title, String docNumber, String body, LocalDate formedOn,
                              OrgUnitView holder, LocalDate today) {
        if (formedOn.isAfter(today)) {
            throw RuleViolation.onField("formedOn", "disclosure.date.future", formedOn.toString(), today.toString());
        }
        CatalogueItem i = new CatalogueItem();
        i.category = category;
        i.title = title;
        i.docNumber = docNumber == null || docNumber.isBlank() ? null : docNumber.strip();
        i.body = body;
        i.formedOn = formedOn;
        i.issuedOn = category == ItemCategory.NORMATIVE_DOCUMENT ? formedOn : null;
        i.createdAt = Instant.now();
        i.assignHolder(holder);
        i.noteChange("DISCLOSURE_ITEM_FORMED", title);
        return i;
    }

    /** Starts the publication clock of art. 26 (the record must have its id). */
    DeadlineView startClock(OrgUnitView holder, StepContext ctx) {
        return ctx.engine().start(NewDeadline.of(CLOCK_SUBJECT, String.valueOf(getId()), DisclosureClock.PUBLICATION,
                "主动公开期限（" + title + "）", DisclosurePeriods.PUBLICATION, formedOn, holder)
                .assignedTo(ctx.actor()));
    }

    /**
     * Corrects the item before or after publication. A new date formed moves the publication clock of an unpublished
     * item: a later date restarts the 20 working days from it; an earlier one ends the running clock and starts a new
     * one from that date (the engine never moves a period back). Once published, the date formed is fixed: the clock
     * was met against it.
     */
    void edit(ItemCategory category, String title, String docNumber, String body, LocalDate formedOn,
              OrgUnitView holder, StepContext ctx) {
        if (formedOn.isAfter(ctx.today())) {
            throw RuleViolation.onField("formedOn", "disclosure.date.future", formedOn.toString(),
                    ctx.today().toString());
        }
        boolean moved = !formedOn.equals(this.formedOn);
        if (moved && publishedOn != null) {
            throw RuleViolation.onField("formedOn", "disclosure.item.formedFixed", publishedOn.toString());
        }
        if (repealedOn != null && category != ItemCategory.NORMATIVE_DOCUMENT) {
            throw RuleViolation.onField("category", "disclosure.item.repealedCategory", repealedOn.toString());
        }
        if (repealedOn != null && formedOn.isAfter(repealedOn)) {
            throw RuleViolation.onField("formedOn", "disclosure.item.formedAfterRepeal", repealedOn.toString());
        }
        this.category = category;
        this.title = title;
        this.docNumber = docNumber == null || docNumber.isBlank() ? null : docNumber.strip();
        this.body = body;
        this.issuedOn = category == ItemCategory.NORMATIVE_DOCUMENT ? formedOn : null;
        DeadlineView clock = moved ? clock(ctx.engine()).orElse(null) : null;
        if (clock != null) {
            String reason = "形成日期由 " + this.formedOn + " 更正为 " + formedOn;
            if (!formedOn.isBefore(clock.periodStart())) {
                ctx.engine().restart(clock.id(), formedOn, reason);
            } else {
                ctx.engine().stop(clock.id(), ctx.today(), reason);
                this.formedOn = formedOn;
                startClock(holder, ctx);
            }
        }
        this.formedOn = formedOn;
        noteChange("DISCLOSURE_ITEM_EDITED", title);
    }

    /** Publishes the item on {@code on}: the clock is met (late if after its due date). */
    void publish(LocalDate on, StepContext ctx) {
        checkPublication(on, ctx.today());
        ctx.engine().meet(clock(ctx.engine()).orElseThrow().id(), on);
        publishedOn = on;
        noteChange("DISCLOSURE_ITEM_PUBLISHED", on.toString());
    }

    /** Whether the item may be published on {@code on}: once, not before it was formed, not in the future. */
    void checkPublication(LocalDate on, LocalDate today) {
        if (publishedOn != null) {
            throw new RuleViolation("disclosure.item.published", publishedOn.toString());
        }
        if (on.isBefore(formedOn)) {
            throw RuleViolation.onField("publishedOn", "disclosure.item.publishedBeforeFormed", formedOn.toString());
        }
        if (on.isAfter(today)) {
            throw RuleViolation.onField("publishedOn", "disclosure.date.future", on.toString(), today.toString());
        }
    }

    /** 废止: a normative document ceases to be valid on {@code on}. */
    void repeal(LocalDate on, LocalDate today) {
        if (category != ItemCategory.NORMATIVE_DOCUMENT) {
            throw new RuleViolation("disclosure.item.notNormative");
        }
        if (repealedOn != null) {
            throw new RuleViolation("disclosure.item.repealed", repealedOn.toString());
        }
        if (on.isBefore(issuedOn)) {
            throw RuleViolation.onField("repealedOn", "disclosure.item.repealBeforeIssue", issuedOn.toString());
        }
        if (on.isAfter(today)) {
            throw RuleViolation.onField("repealedOn", "disclosure.date.future", on.toString(), today.toString());
        }
        repealedOn = on;
        noteChange("DISCLOSURE_ITEM_REPEALED", on.toString());
    }

    public ItemCategory category() {
        return category;
    }

    public String title() {
        return title;
    }

    public String docNumber() {
        return docNumber;
    }

    public String body() {
        return body;
    }

    public LocalDate formedOn() {
        return formedOn;
    }

    public LocalDate publishedOn() {
        return publishedOn;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public LocalDate repealedOn() {
        return repealedOn;
    }

    /** The publication clock (the newest, where a corrected date formed started it again). */
    public Optional<DeadlineView> clock(DeadlineEngine engine) {
        return engine.clock(CLOCK_SUBJECT, String.valueOf(getId()), DisclosureClock.PUBLICATION);
    }

    /** 现行有效 at the end of {@code day}: a normative document issued by then and not repealed by then. */
    public boolean validAtEndOf(LocalDate day) {
        return issuedOn != null && !issuedOn.isAfter(day) && (repealedOn == null || repealedOn.isAfter(day));
    }

    /** {@inheritDoc} Here: the item's title. */
    @Override
    public String auditName() {
        return title;
    }
}
