package org.fazhi.disclosure.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fazhi.deadline.DeadlineEngine;
import org.fazhi.deadline.DeadlineMoved;
import org.fazhi.deadline.DeadlineView;
import org.fazhi.deadline.OfficialCalendar;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.shared.AccessDenied;
import org.fazhi.shared.Input;
import org.fazhi.shared.input.ValueRules;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.Versions;
import org.fazhi.shared.PublicQuery;
import org.fazhi.shared.RuleViolation;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 依申请公开办理 — registers applications and takes them through the procedure. Each public method is one transaction:
 * the aggregate checks the step before anything is written, so a refused step leaves the application and its clock as
 * they were.
 */
@Service
@Transactional
public class ApplicationService {

    /** The unit of a town that handles disclosure, where online applications are put. */
    static final String DISCLOSURE_OFFICE = "政务公开办公室";

    private final ApplicationRepository applications;
    private final DeadlineEngine engine;
    private final OfficialCalendar calendar;
    private final OrgDirectory directory;
    private final DisclosureProperties properties;
    private final Clock clock;

    ApplicationService(ApplicationRepository applications, DeadlineEngine engine, OfficialCalendar calendar,
                       OrgDirectory directory, DisclosureProperties properties, Clock clock) {
        this.applications = applications;
        this.engine = engine;
        this.calendar = calendar;
        this.directory = directory;
        this.properties = properties;
        this.clock = clock;
    }

    /** The applicant's particulars as a request gives them (text, checked here). */
    public record ApplicantInput(String applicantType, String applicantName, String idNumber, String phone,
                                 String address, String content, String delivery) {
    }

    /** Staff register an application received by any channel, with art. 31's date of receipt. */
    public DisclosureApplication register(String receivedOn, String channel, ApplicantInput applicant) {
        Input in = new Input();
        LocalDate received = in.date("receivedOn", receivedOn, true);
        Channel ch = in.choice("channel", Channel.class, channel, true);
        ApplicationParticulars p = particulars(in, received, ch, applicant);
        OrgUnitView holder = DataScope.currentUser().map(u -> u.homeUnit())
                .filter(u -> u.townId() != null).orElseThrow(() -> new AccessDenied("error.scope.write"));
        return receive(p, holder);
    }

    /**
     * An application submitted on the public portal: received the day it is submitted (art. 31, online). Runs as the
     * platform, since the public has no scope; the application goes to the town's disclosure office.
     */
    public DisclosureApplication submitOnline(Long orgUnitId, ApplicantInput applicant) {
        Input in = new Input();
        OrgUnitView town = orgUnitId == null ? null : directory.find(orgUnitId)
                .filter(u -> u.type() == OrgUnitType.TOWN).orElse(null);
        if (town == null) {
            in.problem("orgUnitId", "disclosure.public.town");
        }
        ApplicationParticulars p = particulars(in, LocalDate.now(clock), Channel.ONLINE, applicant);
        OrgUnitView holder = directory.children(town.id()).stream()
                .filter(u -> DISCLOSURE_OFFICE.equals(u.name())).findFirst().orElse(town);
        return receive(p, holder);
    }

    private ApplicationParticulars particulars(Input in, LocalDate received, Channel channel,
                                                         ApplicantInput a) {
        ApplicantType type = in.choice("applicantType", ApplicantType.class, a.applicantType(), true);
        String name = in.text("applicantName", a.applicantName(), 100, true);
        String id = in.text("idNumber", a.idNumber(), 40, true);
        String idProblem = type == null ? null : ValueRules.partyIdProblem(type.person(), id);
        if (idProblem != null) {
            in.problem("idNumber", idProblem);
        }
        id = ValueRules.normalise(id);
        String phone = in.phone("phone", a.phone(), true);
        String address = in.text("address", a.address(), 300, false);
        String content = in.text("content", a.content(), DisclosureApplication.MAX_TEXT, true);
        String delivery = in.text("delivery", a.delivery(), 200, false);
        in.check();
        return new ApplicationParticulars(received, channel, type, name, id, phone, address, content,
                delivery);
    }

    private DisclosureApplication receive(ApplicationParticulars p, OrgUnitView holder) {
        StepContext ctx = context();
        OrgUnitView town = directory.get(holder.townId());
        long seq = applications.countReceived(town.id(), p.receivedOn().withDayOfYear(1),
                p.receivedOn().withDayOfYear(p.receivedOn().lengthOfYear())) + 1;
        DisclosureApplication a = DisclosureApplication.receive(p, holder, PublicQuery.newTrackingCode(),
                properties.number(town.name(), p.receivedOn().getYear(), seq), ctx);
        applications.save(a);
        a.startClock(holder, ctx);
        return a;
    }

    public void requestSupplement(long id, String sentOn, List<String> items, String supplementDueOn) {
        Input in = new Input();
        LocalDate sent = in.date("sentOn", sentOn, true);
        LocalDate due = in.date("supplementDueOn", supplementDueOn, true);
        in.check();
        change(id).requestSupplement(sent, items, due, context());
    }

    public void receiveSupplement(long id, String receivedOn) {
        Input in = new Input();
        LocalDate on = in.date("receivedOn", receivedOn, true);
        in.check();
        change(id).receiveSupplement(on, context());
    }

    public void extend(long id, String decidedOn, String approvedBy, String reason, Integer days) {
        Input in = new Input();
        LocalDate on = in.date("decidedOn", decidedOn, true);
        in.check();
        change(id).extend(on, approvedBy, reason, days == null ? DisclosurePeriods.MAX_EXTENSION_WORKING_DAYS : days,
                context());
    }

    /** Art. 35: a later reply date for a clearly excessive application, with the reason told to the applicant. */
    public void setLaterReplyDate(long id, String decidedOn, String replyBy, String reason) {
        Input in = new Input();
        LocalDate on = in.date("decidedOn", decidedOn, true);
        LocalDate by = in.date("replyBy", replyBy, true);
        in.check();
        change(id).setLaterReplyDate(on, by, reason, context());
    }

    public void consult(long id, String startedOn, String endedOn, String consulted, String kind) {
        Input in = new Input();
        LocalDate start = in.date("startedOn", startedOn, false);
        LocalDate end = in.date("endedOn", endedOn, false);
        ConsultationKind k = in.choice("kind", ConsultationKind.class,
                kind, false);
        in.check();
        change(id).consult(start, end, consulted, k, context());
    }

    /**
     * A fee notice. With a method the amount is computed (per request: the application's rank among the same
     * applicant's requests in its calendar month; per page: {@code quantity} pages) and a stated amount must agree;
     * without one the stated amount is recorded. The applicant received it on {@code noticeReceivedOn} (default: the
     * day it was sent, for a notice handed over or sent electronically); the pay-by date follows from that day.
     */
    public void noticeFee(long id, String noticeOn, String noticeReceivedOn, String method, Integer quantity,
                          BigDecimal amount) {
        Input in = new Input();
        LocalDate notice = in.date("noticeOn", noticeOn, true);
        LocalDate received = in.date("noticeReceivedOn", noticeReceivedOn, false);
        FeeCalculator.Method m = in.choice("method", FeeCalculator.Method.class, method, false);
        in.money("amount", amount);
        if (m == FeeCalculator.Method.PER_PAGE && (quantity == null || quantity < 1)) {
            in.problem("quantity", "disclosure.fee.pages");
        }
        if (m == null && amount == null) {
            in.problem("amount", Input.REQUIRED);
        }
        in.check();
        DisclosureApplication a = change(id);
        Integer qty = quantity;
        BigDecimal fee = amount;
        if (m != null) {
            if (m == FeeCalculator.Method.PER_REQUEST) {
                qty = rankInMonth(a);
                fee = FeeCalculator.perRequest(qty);
            } else {
                fee = FeeCalculator.perPage(quantity);
            }
            if (amount != null && amount.compareTo(fee) != 0) {
                throw RuleViolation.onField("amount", "disclosure.fee.mismatch", fee.toPlainString());
            }
        }
        a.noticeFee(notice, received, m, qty, fee, directory.get(a.getHolderUnitId()), context());
    }

    /** A fee clock moved with the official calendar: the application's pay-by date follows. */
    @EventListener
    void on(DeadlineMoved moved) {
        if (DisclosureApplication.CLOCK_SUBJECT.equals(moved.subjectType())
                && moved.serves(DisclosureClock.FEE_PAYMENT)) {
            applications.findById(Long.parseLong(moved.subjectId())).ifPresent(a -> a.feePayByMoved(moved.dueDate()));
        }
    }

    /** The application's rank among the same applicant's requests received in its calendar month. */
    int rankInMonth(DisclosureApplication a) {
        LocalDate from = a.receivedOn().withDayOfMonth(1);
        List<Long> ids = applications.sameApplicant(a.getTownId(), a.idNumber(), from,
                from.withDayOfMonth(from.lengthOfMonth()));
        return ids.indexOf(a.getId()) + 1;
    }

    public void payFee(long id, String paidOn) {
        Input in = new Input();
        LocalDate on = in.date("paidOn", paidOn, true);
        in.check();
        change(id).payFee(on, context());
    }

    public void decide(long id, String decidedOn, String outcome, String reason) {
        Input in = new Input();
        LocalDate on = in.date("decidedOn", decidedOn, true);
        Outcome o = in.choice("outcome", Outcome.class, outcome, true);
        in.check();
        change(id).decide(on, o, reason, context());
    }

    @Transactional(readOnly = true)
    public DisclosureApplication get(long id) {
        DisclosureApplication a = load(id);
        a.steps().size();
        return a;
    }

    /** The application's clock as the engine sees it now. */
    @Transactional(readOnly = true)
    public Optional<DeadlineView> clockOf(DisclosureApplication a) {
        return a.clock(engine);
    }

    /**
     * The application with this tracking code, however it was typed (with or without hyphens, any letter case); the
     * caller decides whether to run as the platform.
     */
    @Transactional(readOnly = true)
    public Optional<DisclosureApplication> byTrackingCode(String code) {
        Optional<DisclosureApplication> a = PublicQuery.trackingCode(code).flatMap(applications::findByTrackingCode);
        a.ifPresent(x -> x.steps().size());
        return a;
    }

    private DisclosureApplication load(long id) {
        return applications.findById(id).orElseThrow(() -> new NotFound("disclosure-application", id));
    }

    /** The application a step changes, refused when the step was based on another version of it (a stale form). */
    private DisclosureApplication change(long id) {
        DisclosureApplication a = load(id);
        Versions.expectRequested(a);
        return a;
    }

    StepContext context() {
        String actor = DataScope.currentUser().map(u -> u.getUsername()).orElse("public");
        return new StepContext(engine, calendar.snapshot(), LocalDate.now(clock), actor);
    }
}
