package org.fazhi.legalservice.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.deadline.DeadlineView;
import org.fazhi.legalservice.LegalServiceStatistics;
import org.fazhi.legalservice.internal.LegalQuestion;
import org.fazhi.legalservice.internal.LegalQuestions;
import org.fazhi.legalservice.internal.QuestionState;
import org.fazhi.legalservice.internal.Referral;
import org.fazhi.legalservice.internal.ReferralKind;
import org.fazhi.shared.PageOf;
import org.fazhi.shared.PersonalMasking;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 法律咨询 API — the advisor's questions, the answer, reassignment, withholding, referrals, and the year's figures. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "公共法律服务", description = "legal questions from the public, their answers and referrals")
class LegalQuestionApi {

    static final String READ = "hasAnyAuthority('LEGAL_SERVICE_READ','LEGAL_SERVICE_ANSWER','LEGAL_SERVICE_MANAGE')";
    static final String ANSWER = "hasAuthority('LEGAL_SERVICE_ANSWER')";
    static final String HANDLE = "hasAnyAuthority('LEGAL_SERVICE_ANSWER','LEGAL_SERVICE_MANAGE')";
    static final String MANAGE = "hasAuthority('LEGAL_SERVICE_MANAGE')";
    static final String STATISTICS = "hasAnyAuthority('LEGAL_SERVICE_READ','LEGAL_SERVICE_MANAGE')";

    private final LegalQuestions questions;
    private final LegalServiceStatistics statistics;

    LegalQuestionApi(LegalQuestions questions, LegalServiceStatistics statistics) {
        this.questions = questions;
        this.statistics = statistics;
    }

    record ListItemJson(long id, String trackingCode, String category, QuestionState state, long orgUnitId,
                        LocalDate askedOn, String advisor, LocalDate dueOn, LocalDate answeredOn) {
    }

    record ReferralJson(long id, ReferralKind kind, LocalDate referredOn, String applicant, String matter,
                        String agency, Long disputeId, String disputeCaseNo, String reply, LocalDate repliedOn) {
    }

    record QuestionJson(long id, String trackingCode, String category, QuestionState state, long orgUnitId,
                        String question, String contactName, String contactPhone, boolean publishConsent,
                        LocalDate askedOn, String advisor, LocalDate dueOn, String answer, LocalDate answeredOn,
                        boolean withheld, String withheldReason, boolean published, List<ReferralJson> referrals) {
    }

    record TextJson(String text) {
    }

    record UsernameJson(String username, String reason) {
    }

    record WithholdJson(boolean withheld, String reason) {
    }

    record ReferralRequestJson(ReferralKind kind, String matter, String agency, Long villageId) {
    }

    record ReplyJson(String text, LocalDate on) {
    }

    @GetMapping("/legal-questions")
    @PreAuthorize(READ)
    PageOf<ListItemJson> list(@RequestParam(required = false) QuestionState state,
                              @RequestParam(defaultValue = "0") int page,
                              @RequestParam(defaultValue = "20") int size) {
        return PageOf.of(questions.search(state, PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100))),
                q -> new ListItemJson(q.getId(), q.getTrackingCode(), q.getCategory().label(), q.getState(),
                        q.getHolderUnitId(), q.getAskedOn(), q.getAdvisor(), dueOn(q), q.getAnsweredOn()));
    }

    @GetMapping("/legal-questions/{id}")
    @PreAuthorize(READ)
    QuestionJson get(@PathVariable long id) {
        return json(questions.question(id));
    }

    @PostMapping("/legal-questions/{id}/answer")
    @PreAuthorize(ANSWER)
    QuestionJson answer(@PathVariable long id, @RequestBody TextJson body) {
        return json(questions.answer(id, body.text()));
    }

    @PostMapping("/legal-questions/{id}/advisor")
    @PreAuthorize(MANAGE)
    QuestionJson reassign(@PathVariable long id, @RequestBody UsernameJson body) {
        return json(questions.reassign(id, body.username(), body.reason()));
    }

    @PostMapping("/legal-questions/{id}/withholding")
    @PreAuthorize(MANAGE)
    QuestionJson withhold(@PathVariable long id, @RequestBody WithholdJson body) {
        return json(questions.withhold(id, body.withheld(), body.reason()));
    }

    @PostMapping("/legal-questions/{id}/referrals")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(HANDLE)
    ReferralJson refer(@PathVariable long id, @RequestBody ReferralRequestJson body) {
        return referral(questions.refer(id, new LegalQuestions.NewReferral(body.kind(), body.matter(), body.agency(),
                body.villageId())));
    }

    @PostMapping("/legal-questions/referrals/{referralId}/reply")
    @PreAuthorize(MANAGE)
    ReferralJson reply(@PathVariable long referralId, @RequestBody ReplyJson body) {
        return referral(questions.recordReply(referralId, body.text(), body.on()));
    }

    @GetMapping("/legal-services/statistics")
    @PreAuthorize(STATISTICS)
    LegalServiceStatistics.Figures statistics(@RequestParam int year, @RequestParam long orgUnit) {
        return statistics.of(year, orgUnit);
    }

    private LocalDate dueOn(LegalQuestion q) {
        return questions.answerClock(q).map(DeadlineView::dueDate).orElse(null);
    }

    private QuestionJson json(LegalQuestion q) {
        boolean clear = questions.readsContact(q);
        return new QuestionJson(q.getId(), q.getTrackingCode(), q.getCategory().label(), q.getState(),
                q.getHolderUnitId(), clear ? q.getQuestion() : q.publicQuestion(),
                clear ? q.getContactName() : PersonalMasking.name(q.getContactName()),
                clear ? q.getContactPhone() : PersonalMasking.phone(q.getContactPhone()), q.isPublishConsent(),
                q.getAskedOn(), q.getAdvisor(), dueOn(q), q.getAnswer(), q.getAnsweredOn(), q.isWithheld(),
                q.getWithheldReason(), q.published(),
                questions.referralsOf(q.getId()).stream().map(r -> referral(r, clear)).toList());
    }

    private ReferralJson referral(Referral r) {
        return referral(r, true);
    }

    private static ReferralJson referral(Referral r, boolean clear) {
        return new ReferralJson(r.getId(), r.getKind(), r.getReferredOn(),
                clear ? r.getApplicant() : PersonalMasking.name(r.getApplicant()), r.getMatter(), r.getAgency(),
                r.getDisputeId(), r.getDisputeCaseNo(), r.getReply(), r.getRepliedOn());
    }
}
