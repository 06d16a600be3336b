package org.fazhi.legality.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.fazhi.legality.internal.DecisionState.Step;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.Role;
import org.fazhi.organization.StaffDirectory;
import org.fazhi.shared.Input;
import org.fazhi.shared.Like;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.RuleViolation;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 重大行政决策的办理 — opening a matter of the catalogue and each step of its procedure, run by the town's leader.
 * Every request is checked whole before the first write, so a refusal changes nothing.
 */
@Service
@Transactional
public class MajorDecisions {

    private final MajorDecisionRepository decisions;
    private final DecisionCommentRepository comments;
    private final LegalityReviews reviews;
    private final OrgDirectory directory;
    private final StaffDirectory staff;
    private final Clock clock;

    MajorDecisions(MajorDecisionRepository decisions, DecisionCommentRepository comments, LegalityReviews reviews,
                   OrgDirectory directory, StaffDirectory staff, Clock clock) {
        this.decisions = decisions;
        this.comments = comments;
        this.reviews = reviews;
        this.directory = directory;
        this.staff = staff;
        this.clock = clock;
    }

    /** Opens a matter and enters it in the catalogue of its year (this year unless another is given). */
    public MajorDecision open(String title, Long orgUnitId, DecisionScope scopeItem, Integer catalogueYear) {
        Input in = new Input();
        String t = in.text("title", title, 200, true);
        OrgUnitView drafting = reviews.draftingUnit(in, orgUnitId);
        if (scopeItem == null) {
            in.problem("scopeItem", Input.REQUIRED);
        }
        int thisYear = today().getYear();
        Integer year = in.number("catalogueYear", catalogueYear, thisYear - 1, thisYear + 1);
        in.check();
        OrgUnitView town = directory.get(drafting.townId());
        return decisions.save(new MajorDecision(t, drafting, scopeItem, year == null ? thisYear : year, town));
    }

    /** 公开征求意见 (art. 14): not less than 30 days after the day it opens, shorter only with the reason stated. */
    public MajorDecision openConsultation(long id, LocalDate opensOn, LocalDate closesOn, String reason, String draft) {
        MajorDecision d = decision(id);
        d.require(Step.OPEN_CONSULTATION);
        Input in = new Input();
        required(in, "opensOn", opensOn);
        required(in, "closesOn", closesOn);
        String why = in.text("reason", reason, 500, false);
        String text = in.text("draft", draft, 4000, false);
        in.check();
        d.openConsultation(opensOn, closesOn, why, text);
        return d;
    }

    /** A comment received during the consultation. */
    public DecisionComment comment(long id, LocalDate receivedOn, String commenter, String text) {
        MajorDecision d = decision(id);
        d.require(Step.RECORD_COMMENT);
        Input in = new Input();
        required(in, "receivedOn", receivedOn);
        String who = in.text("commenter", commenter, 100, false);
        String body = in.text("text", text, 4000, true);
        if (receivedOn != null && !d.withinConsultation(receivedOn)) {
            in.problem("receivedOn", "legality.decision.commentOutside", receivedOn.toString(),
                    d.getConsultationOpensOn().toString(), d.getConsultationClosesOn().toString());
        }
        in.check();
        return comments.save(new DecisionComment(d, receivedOn, who, body, directory.get(d.getHolderUnitId())));
    }

    /** The answer to a comment (whether and how it was taken up). */
    public DecisionComment answer(long id, long commentId, String answer) {
        MajorDecision d = decision(id);
        d.require(Step.ANSWER_COMMENT);
        DecisionComment c = comments.findById(commentId).filter(x -> x.getDecisionId() == d.getId())
                .orElseThrow(() -> new NotFound("decision-comment", commentId));
        c.answer(Input.requireText("answer", answer, 4000));
        return c;
    }

    /** Closes the consultation with the summary of what was received and how it was answered. */
    public MajorDecision summarise(long id, String summary) {
        MajorDecision d = decision(id);
        d.require(Step.SUMMARISE_CONSULTATION);
        String text = Input.requireText("summary", summary, 4000);
        if (comments.findByDecisionIdOrderByIdAsc(d.getId()).stream().anyMatch(c -> c.getAnswer() == null)) {
            throw new RuleViolation("legality.decision.commentsUnanswered");
        }
        d.summariseConsultation(text, today());
        return d;
    }

    public MajorDecision argue(long id, LocalDate on, String summary) {
        MajorDecision d = decision(id);
        Input in = new Input();
        required(in, "on", on);
        String text = in.text("summary", summary, 4000, true);
        in.check();
        d.argue(on, text);
        return d;
    }

    public MajorDecision assessRisk(long id, LocalDate on, RiskLevel level, String measures) {
        MajorDecision d = decision(id);
        Input in = new Input();
        required(in, "on", on);
        if (level == null) {
            in.problem("level", Input.REQUIRED);
        }
        String text = in.text("measures", measures, 4000, true);
        in.check();
        d.assessRisk(on, level, text);
        return d;
    }

    /** Counsel's part (research, consultation, argumentation): who took part and the opinion given. */
    public MajorDecision counsel(long id, String counsel, String opinion, LocalDate on) {
        MajorDecision d = decision(id);
        Input in = new Input();
        String who = in.text("counsel", counsel, 60, true);
        if (who != null && !staff.holdersOf(Role.COUNSEL, d.getTownId()).contains(who)) {
            in.problem("counsel", "legality.counsel.unknown", who);
        }
        String text = in.text("opinion", opinion, 4000, true);
        required(in, "on", on);
        in.check();
        d.counsel(who, text, on);
        return d;
    }

    /** Links the legality review of the draft (a review of kind 重大行政决策草案 of the same town). */
    public MajorDecision linkReview(long id, Long reviewId) {
        MajorDecision d = decision(id);
        d.require(Step.LINK_REVIEW);
        LegalityReview r = reviews.linkable(reviewId, d.getTownId());
        d.linkReview(r);
        return d;
    }

    /** 集体讨论: refused while the linked review has not concluded the draft lawful. */
    public MajorDecision discuss(long id, String meeting, String attendees, LocalDate heldOn, DiscussionResult result,
                                 String dissent) {
        MajorDecision d = decision(id);
        d.require(Step.DISCUSS);
        Input in = new Input();
        String m = in.text("meeting", meeting, 200, true);
        String who = in.text("attendees", attendees, 1000, false);
        required(in, "heldOn", heldOn);
        in.notFuture("heldOn", heldOn, today());
        if (result == null) {
            in.problem("result", Input.REQUIRED);
        }
        String against = in.text("dissent", dissent, 4000, false);
        LegalityReview r = linkedReview(d).orElse(null);
        if (r == null || r.getConclusion() == null || !r.getConclusion().permits()) {
            throw new RuleViolation("legality.decision.notReviewed", MajorDecision.REVIEW_BEFORE_DISCUSSION.citation());
        }
        in.check();
        d.discuss(r, m, who, heldOn, result, against);
        return d;
    }

    public MajorDecision publish(long id, LocalDate publishedOn, String text) {
        MajorDecision d = decision(id);
        d.require(Step.PUBLISH);
        Input in = new Input();
        required(in, "publishedOn", publishedOn);
        in.notFuture("publishedOn", publishedOn, today());
        String body = in.text("publishedText", text, 8000, true);
        in.check();
        d.publish(publishedOn, body);
        return d;
    }

    public MajorDecision evaluate(long id, LocalDate evaluatedOn, String evaluation, String adjustment) {
        MajorDecision d = decision(id);
        Input in = new Input();
        required(in, "evaluatedOn", evaluatedOn);
        String text = in.text("evaluation", evaluation, 4000, true);
        String change = in.text("adjustment", adjustment, 4000, false);
        in.check();
        d.evaluate(evaluatedOn, text, change);
        return d;
    }

    private static void required(Input in, String field, Object value) {
        if (value == null) {
            in.problem(field, Input.REQUIRED);
        }
    }

    // ---------------------------------------------------------------- reading

    @Transactional(readOnly = true)
    public MajorDecision decision(long id) {
        return decisions.findById(id).orElseThrow(() -> new NotFound("major-decision", id));
    }

    @Transactional(readOnly = true)
    public Page<MajorDecision> search(DecisionState state, Integer year, String q, Pageable pageable) {
        return decisions.search(state, year, Like.containing(q), pageable);
    }

    @Transactional(readOnly = true)
    public List<DecisionComment> commentsOf(long id) {
        return comments.findByDecisionIdOrderByIdAsc(decision(id).getId());
    }

    @Transactional(readOnly = true)
    public Optional<LegalityReview> linkedReview(MajorDecision d) {
        return d.getReviewId() == null ? Optional.empty() : reviews.find(d.getReviewId());
    }

    /** Whether counsel gave an opinion: on the decision itself or on its linked legality review. */
    @Transactional(readOnly = true)
    public boolean hasCounselOpinion(MajorDecision d) {
        return d.getCounselOpinion() != null || (d.getReviewId() != null
                && reviews.opinionsOf(d.getReviewId()).stream().anyMatch(CounselOpinion::written));
    }

    /** Discussed at the meeting without any opinion of counsel: a warning on its page and for supervision. */
    @Transactional(readOnly = true)
    public boolean discussedWithoutCounsel(MajorDecision d) {
        return d.getHeldOn() != null && !hasCounselOpinion(d);
    }

    /** The decisions of the caller's scope discussed without counsel's opinion, newest meeting first. */
    @Transactional(readOnly = true)
    public List<MajorDecision> discussedWithoutCounsel() {
        return decisions.findByHeldOnNotNullOrderByHeldOnDesc().stream().filter(this::discussedWithoutCounsel).toList();
    }

    /**
     * What the next step still lacks, as messages: what blocks it, then what the procedure expects but does not
     * block (expert argumentation, risk assessment, counsel's opinion).
     */
    @Transactional(readOnly = true)
    public List<MessageSourceResolvable> missing(MajorDecision d) {
        List<MessageSourceResolvable> m = new ArrayList<>();
        switch (d.getState()) {
            case OPENED -> m.add(msg("legality.decision.missing.consultation"));
            case CONSULTING -> m.add(msg("legality.decision.missing.summary",
                    d.getConsultationClosesOn().toString()));
            case CONSULTED -> {
                LegalityReview r = linkedReview(d).orElse(null);
                if (r == null) {
                    m.add(msg("legality.decision.missing.review"));
                } else if (r.getConclusion() == null || !r.getConclusion().permits()) {
                    m.add(msg("legality.decision.missing.lawful"));
                }
                if (d.getExpertOn() == null) {
                    m.add(msg("legality.decision.missing.experts"));
                }
                if (d.getRiskOn() == null) {
                    m.add(msg("legality.decision.missing.risk"));
                }
                if (!hasCounselOpinion(d)) {
                    m.add(msg("legality.decision.missing.counsel"));
                }
            }
            case DECIDED -> m.add(msg("legality.decision.missing.publication"));
            case PUBLISHED, REJECTED -> {
            }
        }
        return m;
    }

    private static MessageSourceResolvable msg(String key, Object... args) {
        return new DefaultMessageSourceResolvable(new String[] {key}, args);
    }

    /** A town's published decisions and its consultations open today, for the portal (run as the platform). */
    @Transactional(readOnly = true)
    public List<MajorDecision> publicOf(long townId) {
        LocalDate today = today();
        return decisions.findByTownIdAndStateInOrderByIdDesc(townId,
                        EnumSet.of(DecisionState.CONSULTING, DecisionState.PUBLISHED)).stream()
                .filter(d -> d.getState() == DecisionState.PUBLISHED || d.consultationOpenOn(today)).toList();
    }

    /** The town's catalogue of decision matters of a year (titles and scope items only). */
    @Transactional(readOnly = true)
    public List<MajorDecision> catalogue(long townId, int year) {
        return decisions.findByTownIdAndCatalogueYearOrderByIdAsc(townId, year);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
