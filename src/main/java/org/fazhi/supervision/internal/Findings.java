package org.fazhi.supervision.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fazhi.deadline.ClockSubject;
import org.fazhi.deadline.DeadlineEngine;
import org.fazhi.deadline.DeadlineView;
import org.fazhi.legality.MajorDecisionSignals;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.AccessDenied;
import org.fazhi.shared.Input;
import org.fazhi.shared.NotFound;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 数据监督 — runs the rules over the data ({@link FindingRule}) and keeps one finding per rule and record while it is
 * not closed; turns findings into a supervision notice to their department, takes the department's answer and
 * closes the notice with its findings. A record found again after its finding was closed is a repeat.
 */
@Service
@Transactional
public class Findings {

    private final FindingRepository findings;
    private final NoticeRepository notices;
    private final DeadlineEngine deadlines;
    private final OrgDirectory directory;
    private final DataScope dataScope;
    private final Map<String, ClockSubject> subjects;
    private final MajorDecisionSignals decisions;
    private final RecordFindings records;
    private final Clock clock;

    /** The record type and page of a major decision, which has no clock subject to name them. */
    static final ClockSubject MAJOR_DECISION = new ClockSubject("legality.decision", "LEGALITY_READ",
            "/legality/decisions/{id}");

    Findings(FindingRepository findings, NoticeRepository notices, DeadlineEngine deadlines, OrgDirectory directory,
             DataScope dataScope, List<ClockSubject> subjects, MajorDecisionSignals decisions, RecordFindings records,
             Clock clock) {
        this.findings = findings;
        this.notices = notices;
        this.deadlines = deadlines;
        this.directory = directory;
        this.dataScope = dataScope;
        this.subjects = new java.util.HashMap<>(subjects.stream().collect(Collectors.toMap(
                ClockSubject::subjectType, Function.identity(), (a, b) -> a)));
        this.subjects.putIfAbsent(MAJOR_DECISION.subjectType(), MAJOR_DECISION);
        this.decisions = decisions;
        this.records = records;
        this.clock = clock;
    }

    /**
     * Runs every rule over the records the caller may see (the nightly job: every town) and records what is new.
     * Returns the findings raised by this run; a run on the same data raises none.
     */
    public List<SupervisionFinding> run() {
        LocalDate today = today();
        List<SupervisionFinding> raised = new ArrayList<>();
        for (DeadlineView d : deadlines.overdue()) {
            FindingRule.forClockSubject(d.subjectType()).ifPresent(rule -> {
                ClockSubject s = subjects.get(d.subjectType());
                SupervisionFinding.Found found = new SupervisionFinding.Found(rule, d.subjectType(), d.subjectId(),
                        d.title(), s == null ? null : s.linkTo(d.subjectId()), d.dueDate());
                record(found, directory.get(d.holderUnitId()), today).ifPresent(raised::add);
            });
        }
        for (MajorDecisionSignals.DiscussedWithoutCounsel d : decisions.discussedWithoutCounsel()) {
            String id = String.valueOf(d.id());
            SupervisionFinding.Found found = new SupervisionFinding.Found(FindingRule.COUNSEL_POLICY_MAJOR_DECISION,
                    MAJOR_DECISION.subjectType(), id, d.title() + "（" + d.heldOn() + "集体讨论）",
                    MAJOR_DECISION.linkTo(id), null);
            record(found, directory.get(d.townId()), today).ifPresent(raised::add);
        }
        for (RecordFindings.Signalled s : records.find(today, subjects)) {
            record(s.found(), directory.get(s.holderUnitId()), today).ifPresent(raised::add);
        }
        return raised;
    }

    private java.util.Optional<SupervisionFinding> record(SupervisionFinding.Found f, OrgUnitView department,
                                                          LocalDate today) {
        List<SupervisionFinding> earlier = findings.findByRuleAndSubjectTypeAndSubjectId(f.rule(), f.subjectType(),
                f.subjectId());
        if (earlier.stream().anyMatch(e -> e.getState() != FindingState.CLOSED)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(findings.save(new SupervisionFinding(f, department, today, !earlier.isEmpty())));
    }

    /** A notice to send: the findings it is about (all open, of one department), its kind, text and answer date. */
    public record NewNotice(List<Long> findingIds, NoticeKind kind, String opinion, LocalDate answerBy) {
    }

    /** Sends the department a supervision notice about open findings of its records. */
    public SupervisionNotice issue(NewNotice n) {
        Input in = new Input();
        if (n.kind() == null) {
            in.problem("kind", Input.REQUIRED);
        }
        String opinion = in.text("opinion", n.opinion(), SupervisionNotice.MAX_TEXT, true);
        LocalDate today = today();
        if (n.answerBy() == null) {
            in.problem("answerBy", Input.REQUIRED);
        } else if (!n.answerBy().isAfter(today)) {
            in.problem("answerBy", "supervision.answerBy.past", n.answerBy().toString());
        }
        List<SupervisionFinding> about = n.findingIds() == null ? List.of()
                : n.findingIds().stream().distinct().map(this::finding).toList();
        if (about.isEmpty()) {
            in.problem("findingIds", "supervision.notice.noFindings");
        } else if (about.stream().anyMatch(f -> f.getState() != FindingState.OPEN)) {
            in.problem("findingIds", "supervision.notice.findingNotOpen");
        } else if (about.stream().map(SupervisionFinding::getHolderUnitId).distinct().count() > 1) {
            in.problem("findingIds", "supervision.notice.oneDepartment");
        }
        in.check();
        OrgUnitView department = directory.get(about.get(0).getHolderUnitId());
        dataScope.requireWritableHolder(department.id());
        OrgUnitView town = directory.get(department.townId());
        long seq = notices.countIssued(town.id(), today.getYear()) + 1;
        String number = town.name() + "执法监督〔" + today.getYear() + "〕" + seq + "号";
        SupervisionNotice notice = notices.save(new SupervisionNotice(n.kind(), number, opinion, today,
                n.answerBy(), department));
        about.forEach(f -> f.notify(notice.getId()));
        return notice;
    }

    /**
     * The department answers with its correction: staff of that department, or the town's leadership (home unit the
     * town itself) — not another department of the town, although the data scope would let it write.
     */
    public SupervisionNotice answer(long noticeId, String text, LocalDate on) {
        SupervisionNotice n = notice(noticeId);
        dataScope.requireWritableHolder(n.getHolderUnitId());
        long home = DataScope.currentUser().map(u -> u.homeUnit().id()).orElse(-1L);
        if (!DataScope.current().system() && home != n.getHolderUnitId() && home != n.getTownId()) {
            throw new AccessDenied("supervision.notice.notYourDepartment");
        }
        String body = Input.requireText("answer", text, SupervisionNotice.MAX_TEXT);
        n.answer(body, on == null ? today() : on);
        return n;
    }

    /** The judicial office confirms the correction: the notice and its findings are closed. */
    public SupervisionNotice close(long noticeId, String note, LocalDate on) {
        SupervisionNotice n = notice(noticeId);
        Input in = new Input();
        String text = in.text("note", note, 1000, false);
        in.check();
        LocalDate day = on == null ? today() : on;
        n.close(text, day);
        findings.findByNoticeIdOrderByIdAsc(n.getId()).forEach(f -> f.close(day));
        return n;
    }

    // ---------------------------------------------------------------- reading

    @Transactional(readOnly = true)
    public SupervisionFinding finding(long id) {
        return findings.findById(id).orElseThrow(() -> new NotFound("supervision-finding", id));
    }

    @Transactional(readOnly = true)
    public SupervisionNotice notice(long id) {
        return notices.findById(id).orElseThrow(() -> new NotFound("supervision-notice", id));
    }

    @Transactional(readOnly = true)
    public Page<SupervisionFinding> search(FindingRule rule, FindingState state, Long townId, Pageable pageable) {
        return search(rule, state, townId, null, pageable);
    }

    /** {@link #search} limited to the findings detected in {@code year} (all years when null). */
    @Transactional(readOnly = true)
    public Page<SupervisionFinding> search(FindingRule rule, FindingState state, Long townId, Integer year,
                                           Pageable pageable) {
        // every year is the widest range of dates, not a null: PostgreSQL cannot type a null date parameter
        return findings.search(rule, state, townId, year == null ? LocalDate.of(1900, 1, 1) : LocalDate.of(year, 1, 1),
                year == null ? LocalDate.of(9999, 12, 31) : LocalDate.of(year, 12, 31), pageable);
    }

    @Transactional(readOnly = true)
    public Page<SupervisionNotice> notices(NoticeState state, Pageable pageable) {
        return notices.search(state, pageable);
    }

    @Transactional(readOnly = true)
    public List<SupervisionFinding> findingsOf(long noticeId) {
        return findings.findByNoticeIdOrderByIdAsc(notice(noticeId).getId());
    }

    /** Whether the caller may open the record a finding is about (its module's read permission), to link to it. */
    public boolean mayOpen(SupervisionFinding f) {
        ClockSubject s = subjects.get(f.getSubjectType());
        return f.getLink() != null && s != null && DataScope.currentUser().map(u -> u.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(s.authority()))).orElse(false);
    }

    /** The findings of a town not yet closed, for the district's figures. */
    @Transactional(readOnly = true)
    public long openFindings(long townId) {
        return findings.countByTown(townId, EnumSet.of(FindingState.OPEN, FindingState.NOTIFIED));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
