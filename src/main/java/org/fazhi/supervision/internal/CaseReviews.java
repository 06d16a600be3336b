package org.fazhi.supervision.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fazhi.enforcement.DecidedCases;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.Input;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.RuleViolation;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 案卷评查 — creating a town's review round for a year, drawing its cases per department from the cases the town
 * decided that year (read through enforcement's {@link DecidedCases}), scoring each drawn case on the round's
 * checklist, and the results per case and per department; the town's checklist and draw settings. Each step checks
 * the whole request before the first write, so a refusal changes nothing.
 */
@Service
@Transactional
public class CaseReviews {

    /** The earliest year a round may review. */
    static final int FIRST_YEAR = 2000;

    private final ReviewRepository rounds;
    private final DrawnCaseRepository cases;
    private final ReviewItemRepository items;
    private final ReviewDeductionRepository deductions;
    private final SupervisionSettingsRepository settings;
    private final DecidedCases decided;
    private final OrgDirectory directory;
    private final DataScope dataScope;
    private final Clock clock;
    private final SecureRandom seeds = new SecureRandom();

    CaseReviews(ReviewRepository rounds, DrawnCaseRepository cases, ReviewItemRepository items,
                ReviewDeductionRepository deductions, SupervisionSettingsRepository settings, DecidedCases decided,
                OrgDirectory directory, DataScope dataScope, Clock clock) {
        this.rounds = rounds;
        this.cases = cases;
        this.items = items;
        this.deductions = deductions;
        this.settings = settings;
        this.decided = decided;
        this.directory = directory;
        this.dataScope = dataScope;
        this.clock = clock;
    }

    /** A deduction as entered: the round's checklist item, the points and the reason. */
    public record NewDeduction(Long itemId, Integer points, String reason) {
    }

    /** A drawn case with its deductions. */
    public record ScoredCase(DrawnCase reviewCase, List<ReviewDeduction> deductions) {
    }

    /** A department's result: cases drawn and scored, the average of the scored ones and its band. */
    public record DepartmentResult(long departmentId, String department, int drawn, int scored, Double average,
                                   ReviewBand band) {
    }

    /**
     * Creates the town's round for a year, with the town's draw settings and a copy of its checklist; a town outside
     * the caller's scope is refused (403).
     */
    public ReviewRound create(Integer year, Long townId) {
        Input in = new Input();
        LocalDate today = today();
        if (year == null) {
            in.problem("year", Input.REQUIRED);
        } else {
            in.number("year", year, FIRST_YEAR, today.getYear());
        }
        OrgUnitView visible = townId == null ? null : dataScope.requireVisibleUnit(townId);
        OrgUnitView town = visible == null || visible.type() != OrgUnitType.TOWN ? null : visible;
        if (town == null) {
            in.problem("townId", "supervision.review.town.invalid");
        } else if (year != null && rounds.existsByTownIdAndYear(town.id(), year)) {
            in.problem("year", "supervision.review.exists", String.valueOf(year));
        }
        in.check();
        OrgUnitView office = directory.departmentOrTown(town.id(), Complaints.JUDICIAL_OFFICE);
        dataScope.requireWritableHolder(office.id());
        ReviewRound round = rounds.save(new ReviewRound(year, today, drawSettings(town.id()), office));
        List<ReviewItem.Line> lines = checklist(town.id());
        for (int i = 0; i < lines.size(); i++) {
            items.save(new ReviewItem(round.getId(), i + 1, lines.get(i), office));
        }
        return round;
    }

    /**
     * Draws the round's cases: per department, {@link CaseDraw} over the cases the town decided in the year, with the
     * seed given or a new random one; the seed and the cases drawn are recorded. A round is drawn once.
     */
    public ReviewRound draw(long roundId, Long seed) {
        ReviewRound round = round(roundId);
        dataScope.requireWritableHolder(round.getHolderUnitId());
        long used = seed == null ? seeds.nextLong() : seed;
        Map<Long, DecidedCases.DecidedCase> byId = new LinkedHashMap<>();
        Map<Long, List<Long>> perDepartment = new TreeMap<>();
        for (DecidedCases.DecidedCase c : decided.decidedIn(round.getYear(), round.getTownId())) {
            byId.put(c.id(), c);
            perDepartment.computeIfAbsent(c.departmentId(), d -> new ArrayList<>()).add(c.id());
        }
        round.drawn(used, CaseDraw.encode(perDepartment), today());
        OrgUnitView office = directory.get(round.getHolderUnitId());
        CaseDraw.draw(perDepartment, used, round.getMinimumPerDepartment(), round.getSharePercent()).values()
                .forEach(ids -> ids.forEach(id -> cases.save(new DrawnCase(round.getId(), byId.get(id), office))));
        return round;
    }

    /**
     * Scores a drawn case of the round: its deductions replace the earlier ones; each names an item of the round's
     * checklist, takes at least one point with a reason, and an item loses at most its points.
     */
    public ScoredCase score(long roundId, long reviewCaseId, List<NewDeduction> taken) {
        ReviewRound round = round(roundId);
        DrawnCase c = cases.findById(reviewCaseId).filter(x -> x.getRoundId() == round.getId())
                .orElseThrow(() -> RuleViolation.onField("reviewCaseId", "supervision.review.notInRound",
                        reviewCaseId));
        dataScope.requireWritableHolder(c.getHolderUnitId());
        Map<Long, ReviewItem> checklist = items.findByRoundIdOrderByPositionAsc(round.getId()).stream()
                .collect(Collectors.toMap(ReviewItem::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Input in = new Input();
        List<NewDeduction> list = taken == null ? List.of() : taken;
        Map<Long, Integer> perItem = new LinkedHashMap<>();
        List<String> reasons = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            NewDeduction d = list.get(i);
            String at = "deductions[" + i + "].";
            ReviewItem item = d == null || d.itemId() == null ? null : checklist.get(d.itemId());
            if (item == null) {
                in.problem(at + "itemId", "supervision.review.item");
            }
            if (d == null || d.points() == null || d.points() < 1) {
                in.problem(at + "points", "supervision.review.points.invalid");
            } else if (item != null) {
                int sum = perItem.merge(item.getId(), d.points(), Integer::sum);
                if (sum > item.getMaxPoints()) {
                    in.problem(at + "points", "supervision.review.tooMany", item.getHeading(), item.getMaxPoints());
                }
            }
            reasons.add(in.text(at + "reason", d == null ? null : d.reason(), ReviewDeduction.MAX_REASON, true));
        }
        in.check();
        deductions.deleteAll(deductions.findByReviewCaseIdOrderByIdAsc(c.getId()));
        OrgUnitView office = directory.get(c.getHolderUnitId());
        int full = checklist.values().stream().mapToInt(ReviewItem::getMaxPoints).sum();
        int off = perItem.values().stream().mapToInt(Integer::intValue).sum();
        for (int i = 0; i < list.size(); i++) {
            deductions.save(new ReviewDeduction(c.getId(), list.get(i).itemId(), list.get(i).points(),
                    reasons.get(i), office));
        }
        c.scored(full - off, today());
        return new ScoredCase(c, deductions.findByReviewCaseIdOrderByIdAsc(c.getId()));
    }

    /** The town's checklist: its own, or the platform's default until it edits one. */
    @Transactional(readOnly = true)
    public List<ReviewItem.Line> checklist(long townId) {
        OrgUnitView town = dataScope.requireVisibleUnit(townId);
        List<ReviewItem> own = items.findByTownIdAndRoundIdIsNullOrderByPositionAsc(town.id());
        return own.isEmpty() ? ReviewItem.DEFAULTS : own.stream().map(ReviewItem::line).toList();
    }

    /**
     * Replaces the town's checklist (items renamed, re-weighted, added or removed by position); the points add up to
     * {@link ReviewItem#FULL_MARKS}. Rounds already created keep their copy.
     */
    public List<ReviewItem.Line> updateChecklist(long townId, List<ReviewItem.Line> lines) {
        OrgUnitView town = dataScope.requireVisibleUnit(townId);
        Input in = new Input();
        List<ReviewItem.Line> list = lines == null ? List.of() : lines;
        List<ReviewItem.Line> clean = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            ReviewItem.Line l = list.get(i);
            String heading = in.text("items[" + i + "].heading", l == null ? null : l.heading(),
                    ReviewItem.MAX_HEADING, true);
            Integer points = in.number("items[" + i + "].maxPoints", l == null ? 0 : l.maxPoints(), 1,
                    ReviewItem.FULL_MARKS);
            clean.add(new ReviewItem.Line(heading, points == null ? 0 : points));
        }
        if (clean.stream().mapToInt(ReviewItem.Line::maxPoints).sum() != ReviewItem.FULL_MARKS) {
            in.problem("items", "supervision.review.fullMarks", ReviewItem.FULL_MARKS);
        }
        in.check();
        OrgUnitView office = directory.departmentOrTown(town.id(), Complaints.JUDICIAL_OFFICE);
        dataScope.requireWritableHolder(office.id());
        List<ReviewItem> own = items.findByTownIdAndRoundIdIsNullOrderByPositionAsc(town.id());
        for (int i = 0; i < clean.size(); i++) {
            if (i < own.size()) {
                own.get(i).change(clean.get(i));
            } else {
                items.save(new ReviewItem(null, i + 1, clean.get(i), office));
            }
        }
        items.deleteAll(own.subList(Math.min(clean.size(), own.size()), own.size()));
        return clean;
    }

    /** The town's draw settings. */
    public SupervisionSettings updateDrawSettings(long townId, int minimumPerDepartment, int sharePercent) {
        OrgUnitView town = dataScope.requireVisibleUnit(townId);
        dataScope.requireWritableHolder(town.id());
        SupervisionSettings s = settings.findByTownId(town.id())
                .orElseGet(() -> settings.save(SupervisionSettings.defaults(town)));
        s.updateReview(minimumPerDepartment, sharePercent);
        return s;
    }

    // ---------------------------------------------------------------- reading

    @Transactional(readOnly = true)
    public ReviewRound round(long id) {
        return rounds.findById(id).orElseThrow(() -> new NotFound("supervision-review", id));
    }

    @Transactional(readOnly = true)
    public Page<ReviewRound> rounds(Pageable pageable) {
        return rounds.findAllByOrderByYearDescIdDesc(pageable);
    }

    /** The checklist the round scores with. */
    @Transactional(readOnly = true)
    public List<ReviewItem> itemsOf(long roundId) {
        return items.findByRoundIdOrderByPositionAsc(round(roundId).getId());
    }

    /** The round's drawn cases with their deductions, by department. */
    @Transactional(readOnly = true)
    public List<ScoredCase> casesOf(long roundId) {
        List<DrawnCase> drawn = cases.findByRoundIdOrderByDepartmentIdAscCaseIdAsc(round(roundId).getId());
        Map<Long, List<ReviewDeduction>> taken = drawn.isEmpty() ? Map.of() : deductions.findByReviewCaseIdIn(
                drawn.stream().map(DrawnCase::getId).toList()).stream()
                .collect(Collectors.groupingBy(ReviewDeduction::getReviewCaseId));
        return drawn.stream().map(c -> new ScoredCase(c, taken.getOrDefault(c.getId(), List.of()))).toList();
    }

    /** One drawn case of the round. */
    @Transactional(readOnly = true)
    public ScoredCase caseOf(long roundId, long reviewCaseId) {
        return casesOf(roundId).stream().filter(c -> c.reviewCase().getId() == reviewCaseId).findFirst()
                .orElseThrow(() -> new NotFound("supervision-review-case", reviewCaseId));
    }

    /** Per department: the average of the scored cases and its band. */
    @Transactional(readOnly = true)
    public List<DepartmentResult> results(long roundId) {
        Map<Long, List<DrawnCase>> byDepartment = casesOf(roundId).stream().map(ScoredCase::reviewCase)
                .collect(Collectors.groupingBy(DrawnCase::getDepartmentId, TreeMap::new, Collectors.toList()));
        List<DepartmentResult> out = new ArrayList<>();
        byDepartment.forEach((id, list) -> {
            List<DrawnCase> scored = list.stream().filter(DrawnCase::isScored).toList();
            Double average = scored.isEmpty() ? null
                    : Math.round(scored.stream().mapToInt(DrawnCase::getScore).average().orElse(0) * 10) / 10.0;
            out.add(new DepartmentResult(id, directory.find(id).map(OrgUnitView::name).orElse("—"), list.size(),
                    scored.size(), average, average == null ? null : ReviewBand.of(average)));
        });
        return out;
    }

    @Transactional(readOnly = true)
    public SupervisionSettings drawSettings(long townId) {
        OrgUnitView town = dataScope.requireVisibleUnit(townId);
        return settings.findByTownId(town.id()).orElseGet(() -> SupervisionSettings.defaults(town));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
