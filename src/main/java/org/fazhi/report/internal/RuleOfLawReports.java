package org.fazhi.report.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.fazhi.deadline.ClockPurpose;
import org.fazhi.deadline.DeadlineEngine;
import org.fazhi.deadline.DeadlineView;
import org.fazhi.deadline.NewDeadline;
import org.fazhi.deadline.StatutoryPeriod;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.Input;
import org.fazhi.shared.LegalBasis;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.Versions;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 年度报告的办理 — generating a town's draft from the templates, the town's work plans ({@link WorkPlanDrafts}) and the
 * modules' figures, editing a section (every version kept), approval (figures frozen), publication, and the
 * publication clock on the deadline engine. Each step checks the whole request before the first write, so a refusal
 * changes nothing.
 */
@Service
@Transactional
public class RuleOfLawReports {

    /** The subject type of the report's publication clock, keyed by town and year. */
    public static final String CLOCK_SUBJECT = "report.rule-of-law";
    /**
     * 《法治政府建设与责任落实督察工作规定》第25条: the report is published by 1 April of the following year — three months
     * counted from 1 January (the period starts the day after, so it ends on 1 April; a non-working 1 April rolls on).
     */
    public static final StatutoryPeriod PUBLICATION_PERIOD = StatutoryPeriod.months(3,
            LegalBasis.of("法治政府建设与责任落实督察工作规定", 25));
    /** The regulation took effect in 2019: its first reports are of that year. */
    public static final int FIRST_YEAR = 2019;
    /** The report is written and kept in Chinese, whatever the language of the page. */
    static final Locale REPORT_LANGUAGE = Locale.SIMPLIFIED_CHINESE;
    static final String JUDICIAL_OFFICE = "司法所";

    enum ReportClock implements ClockPurpose {
        PUBLICATION;

        @Override
        public String code() {
            return ClockPurpose.codeOf(this);
        }
    }

    /** A figure as one section shows it: with the number typed over it by hand, if one was. */
    public record FigureView(ReportFigure figure, String typed) {
    }

    /** A section as it reads now: its latest version, the text with its figures filled in, and the figures. */
    public record SectionView(ReportOutline.Section section, String template, String text, List<FigureView> figures,
                              int revision, String writtenBy, java.time.Instant writtenAt) {
    }

    /** A report with its town, its sections and its publication deadline. */
    public record ReportView(RuleOfLawReport report, OrgUnitView town, List<SectionView> sections, LocalDate dueOn) {

        public String title() {
            return town.name() + "人民政府关于" + report.getReportYear() + "年度法治政府建设情况的报告";
        }

        public String authority() {
            return town.name() + "人民政府";
        }
    }

    private final RuleOfLawReportRepository reports;
    private final SectionVersionRepository versions;
    private final FrozenFigureRepository frozen;
    private final SectionTemplates templates;
    private final List<FigureSource> sources;
    private final DataScope dataScope;
    private final OrgDirectory directory;
    private final DeadlineEngine deadlines;
    private final MessageSource messages;
    private final WorkPlanDrafts drafts;
    private final Clock clock;

    RuleOfLawReports(RuleOfLawReportRepository reports, SectionVersionRepository versions,
                     FrozenFigureRepository frozen, SectionTemplates templates, List<FigureSource> sources,
                     DataScope dataScope, OrgDirectory directory, DeadlineEngine deadlines, MessageSource messages,
                     WorkPlanDrafts drafts, Clock clock) {
        this.reports = reports;
        this.versions = versions;
        this.frozen = frozen;
        this.templates = templates;
        this.sources = sources;
        this.dataScope = dataScope;
        this.directory = directory;
        this.deadlines = deadlines;
        this.messages = messages;
        this.drafts = drafts;
        this.clock = clock;
    }

    /** Generates a new draft of the town's year from the current templates; an earlier report stays as it is. */
    public ReportView generate(Integer year, Long orgUnitId) {
        Input in = new Input();
        checkYear(in, year);
        if (orgUnitId == null) {
            in.problem("orgUnitId", Input.REQUIRED);
        }
        in.check();
        OrgUnitView town = dataScope.requireVisibleUnit(orgUnitId);
        if (town.type() != OrgUnitType.TOWN) {
            throw RuleViolation.onField("orgUnitId", "report.orgUnit.town");
        }
        OrgUnitView holder = directory.departmentOrTown(town.id(), JUDICIAL_OFFICE);
        String me = me();
        RuleOfLawReport r = reports.save(new RuleOfLawReport(year, holder, me, clock.instant()));
        for (Map.Entry<String, String> t : templates.all().entrySet()) {
            String body = drafts.draft(t.getKey(), t.getValue(), year, town);
            versions.save(new SectionVersion(r, t.getKey(), 1, body, Map.of(), me, clock.instant(), holder));
        }
        String subject = town.id() + "-" + year;
        if (deadlines.clock(CLOCK_SUBJECT, subject, ReportClock.PUBLICATION).isEmpty()) {
            deadlines.start(NewDeadline.of(CLOCK_SUBJECT, subject, ReportClock.PUBLICATION,
                    year + "年度法治政府建设报告公开", PUBLICATION_PERIOD, LocalDate.of(year + 1, 1, 1), holder));
        }
        return view(r);
    }

    /** Notes a missing year, or one before the regulation's first reports or still to come. */
    public void checkYear(Input in, Integer year) {
        int thisYear = LocalDate.now(clock).getYear();
        if (year == null) {
            in.problem("year", Input.REQUIRED);
        } else if (year < FIRST_YEAR || year > thisYear) {
            in.problem("year", "report.year.range", String.valueOf(FIRST_YEAR), String.valueOf(thisYear));
        }
    }

    /** The reports of the caller's scope, newest year first. */
    @Transactional(readOnly = true)
    public List<ReportView> list() {
        return reports.findAllByOrderByReportYearDescIdDesc().stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public ReportView report(long id) {
        return view(find(id));
    }

    /** Every version of a section, oldest first. */
    @Transactional(readOnly = true)
    public List<SectionVersion> versions(long id, String key) {
        RuleOfLawReport r = find(id);
        requireSection(key);
        return versions.findByReportIdOrderBySectionKeyAscRevisionAsc(r.getId()).stream()
                .filter(v -> v.getSectionKey().equals(key)).toList();
    }

    /**
     * A new version of a section: its placeholders must name figures the report knows; a number typed where the
     * previous version had a figure is remembered as typed over that figure.
     */
    public ReportView edit(long id, String key, String text) {
        RuleOfLawReport r = find(id);
        Versions.expectRequested(r);
        requireSection(key);
        r.require(ReportState.Step.EDIT);
        String body = Input.requireText("text", text, SectionTemplates.MAX_LENGTH);
        Map<String, ReportFigure> figures = figures(r);
        requireKnownPlaceholders(body, figures.keySet());
        SectionVersion last = latest(r).get(key);
        Map<String, String> typed = new LinkedHashMap<>();
        last.typed().forEach((k, v) -> {
            if (!body.contains("{" + k + "}") && body.contains(v)) {
                typed.put(k, v);
            }
        });
        typed.putAll(TemplateText.typedOver(last.getBody(), body, k -> value(r, figures, k)));
        Instant now = clock.instant();
        versions.save(new SectionVersion(r, key, last.getRevision() + 1, body, typed, me(), now,
                directory.get(r.getHolderUnitId())));
        r.sectionEdited(key, me(), now);
        return view(r);
    }

    /** 审定: the figures as they stand now are stored with the report and read from then on. */
    public ReportView approve(long id) {
        RuleOfLawReport r = find(id);
        Versions.expectRequested(r);
        r.require(ReportState.Step.APPROVE);
        Map<String, ReportFigure> now = figures(r);
        OrgUnitView holder = directory.get(r.getHolderUnitId());
        now.values().forEach(f -> frozen.save(new FrozenFigure(r, f, holder)));
        r.approve(me(), clock.instant());
        return view(r);
    }

    /** 公开: the approved report goes to the portal and its publication clock is met. */
    public ReportView publish(long id) {
        RuleOfLawReport r = find(id);
        Versions.expectRequested(r);
        r.require(ReportState.Step.PUBLISH);
        r.publish(me(), clock.instant());
        deadlines.clock(CLOCK_SUBJECT, r.getTownId() + "-" + r.getReportYear(), ReportClock.PUBLICATION)
                .filter(c -> c.metOn() == null && c.stoppedOn() == null)
                .ifPresent(c -> deadlines.meet(c.id(), LocalDate.now(clock)));
        return view(r);
    }

    /** The published reports of a town, the latest of each year, newest year first (for the portal). */
    @Transactional(readOnly = true)
    public List<ReportView> published(long townId) {
        List<ReportView> out = new ArrayList<>();
        Set<Integer> years = new java.util.HashSet<>();
        reports.findByTownIdAndStateOrderByReportYearDescIdDesc(townId, ReportState.PUBLISHED).stream()
                .filter(r -> years.add(r.getReportYear())).forEach(r -> out.add(view(r)));
        return out;
    }

    /** Refuses a text naming a placeholder that is no figure of the report. */
    static void requireKnownPlaceholders(String body, Set<String> known) {
        for (String key : TemplateText.figureKeys(body)) {
            if (!known.contains(key) && !ReportOutline.PENDING.containsKey(key)) {
                throw RuleViolation.onField("text", "report.placeholder.unknown", "{" + key + "}");
            }
        }
    }

    /**
     * Sets the installation's wording of a section. A placeholder must name a figure the platform knows: one of a
     * module's source (its prefix answered by a source, its label in the bundle) or one still to come.
     */
    public String updateTemplate(String key, String text) {
        requireSection(key);
        String body = Input.requireText("text", text, SectionTemplates.MAX_LENGTH);
        Set<String> prefixes = knownPrefixes();
        for (String k : TemplateText.figureKeys(body)) {
            if (!ReportOutline.PENDING.containsKey(k) && !(k.contains(".")
                    && prefixes.contains(k.substring(0, k.indexOf('.')))
                    && messages.getMessage("report.figure." + k, null, null, REPORT_LANGUAGE) != null)) {
                throw RuleViolation.onField("text", "report.placeholder.unknown", "{" + k + "}");
            }
        }
        return templates.update(key, body);
    }

    /** Brings back the default wording of a section (the installation's own is removed). */
    public String resetTemplate(String key) {
        requireSection(key);
        return templates.reset(key);
    }

    private Set<String> knownPrefixes() {
        Set<String> out = new java.util.TreeSet<>();
        sources.forEach(s -> out.add(s.prefix()));
        return out;
    }

    private RuleOfLawReport find(long id) {
        return reports.findById(id).orElseThrow(() -> new NotFound("rule-of-law-report", id));
    }

    private static void requireSection(String key) {
        if (ReportOutline.section(key).isEmpty()) {
            throw new NotFound("report-section", key);
        }
    }

    private String me() {
        return DataScope.currentUser().orElseThrow().getUsername();
    }

    private Map<String, SectionVersion> latest(RuleOfLawReport r) {
        Map<String, SectionVersion> out = new LinkedHashMap<>();
        versions.findByReportIdOrderBySectionKeyAscRevisionAsc(r.getId()).forEach(v -> out.put(v.getSectionKey(), v));
        return out;
    }

    /**
     * The report's figures: frozen ones once approved; otherwise read now from every module's source, with the
     * figures of modules not yet on the platform as not recorded.
     */
    public Map<String, ReportFigure> figures(RuleOfLawReport r) {
        OrgUnitView town = directory.get(r.getTownId());
        if (!r.frozen()) {
            return live(r.getReportYear(), town);
        }
        Map<String, String> links = links(r.getReportYear(), town);
        Map<String, ReportFigure> out = new LinkedHashMap<>();
        frozen.findByReportId(r.getId()).stream().map(f -> f.figure(links.get(f.getFigureKey())))
                .sorted(Comparator.comparing(ReportFigure::key)).forEach(f -> out.put(f.key(), f));
        return out;
    }

    private Map<String, String> links(int year, OrgUnitView town) {
        Map<String, String> links = new java.util.HashMap<>();
        sources.forEach(s -> links.putAll(s.links(year, town)));
        return links;
    }

    /** The figures of a town's year as the modules compute them now (a draft's figures), by key. */
    public Map<String, ReportFigure> live(int year, OrgUnitView town) {
        Map<String, String> links = links(year, town);
        Map<String, ReportFigure> out = new LinkedHashMap<>();
        for (FigureSource s : sources) {
            for (FigureSource.FigureValue v : s.figures(year, town)) {
                out.put(v.key(), new ReportFigure(v.key(), v.value(), label(v.key()), s.module(),
                        message("report.figure." + v.key() + ".definition"), links.get(v.key())));
            }
        }
        ReportOutline.PENDING.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(e -> !out.containsKey(e.getKey()))
                .forEach(e -> out.put(e.getKey(), new ReportFigure(e.getKey(), null, label(e.getKey()), e.getValue(),
                        message("report.figure.notRecorded"), null)));
        return out;
    }

    private String label(String key) {
        return message("report.figure." + key);
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, REPORT_LANGUAGE);
    }

    /** What a placeholder reads as in the report's text. */
    private String value(RuleOfLawReport r, Map<String, ReportFigure> figures, String key) {
        return switch (key) {
            case "town" -> directory.get(r.getTownId()).name();
            case "year" -> String.valueOf(r.getReportYear());
            case "nextYear" -> String.valueOf(r.getReportYear() + 1);
            default -> {
                ReportFigure f = figures.get(key);
                if (f == null) {
                    yield null;
                }
                yield f.recorded() ? f.value() : "（" + message("report.figure.notRecorded") + "）";
            }
        };
    }

    private ReportView view(RuleOfLawReport r) {
        Map<String, ReportFigure> figures = figures(r);
        Map<String, SectionVersion> latest = latest(r);
        List<SectionView> sections = new ArrayList<>();
        for (ReportOutline.Section s : ReportOutline.SECTIONS) {
            SectionVersion v = latest.get(s.key());
            if (v == null) {
                continue;
            }
            Map<String, String> typed = v.typed();
            List<FigureView> shown = new ArrayList<>();
            for (String key : TemplateText.figureKeys(v.getBody())) {
                if (figures.containsKey(key)) {
                    shown.add(new FigureView(figures.get(key), null));
                }
            }
            typed.forEach((k, n) -> {
                if (figures.containsKey(k)) {
                    shown.add(new FigureView(figures.get(k), n));
                }
            });
            sections.add(new SectionView(s, v.getBody(), TemplateText.fill(v.getBody(), k -> value(r, figures, k)),
                    shown, v.getRevision(), v.getWrittenBy(), v.getWrittenAt()));
        }
        LocalDate due = deadlines.clock(CLOCK_SUBJECT, r.getTownId() + "-" + r.getReportYear(),
                ReportClock.PUBLICATION).map(DeadlineView::dueDate).orElse(null);
        return new ReportView(r, directory.get(r.getTownId()), sections, due);
    }
}
