package org.fazhi.legalservice.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.deadline.OfficialCalendar;
import org.fazhi.deadline.WorkingCalendar;
import org.fazhi.legalservice.LegalServiceStatistics;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.Input;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year's public legal service figures and the records behind them, selected by one rule: questions by the day
 * asked, referrals by the day referred, kiosks in service on the reference day (and the places they stand, each once), usage by its month, broadcasts by
 * their day, within the unit (a town with its villages, a village, the district's towns
 * in the caller's scope).
 */
@Component
class LegalServiceStatisticsQuery implements LegalServiceStatistics {

    private final LegalQuestionRepository questions;
    private final ReferralRepository referrals;
    private final LegalQuestions service;
    private final ServicePoints points;
    private final Broadcasts broadcasts;
    private final DataScope dataScope;
    private final OfficialCalendar calendar;
    private final Clock clock;

    LegalServiceStatisticsQuery(LegalQuestionRepository questions, ReferralRepository referrals, LegalQuestions service,
                                ServicePoints points, Broadcasts broadcasts, DataScope dataScope,
                                OfficialCalendar calendar, Clock clock) {
        this.points = points;
        this.broadcasts = broadcasts;
        this.clock = clock;
        this.questions = questions;
        this.referrals = referrals;
        this.service = service;
        this.dataScope = dataScope;
        this.calendar = calendar;
    }

    @Override
    @Transactional(readOnly = true)
    public Figures of(int year, long orgUnitId) {
        Input.requireYear(year);
        OrgUnitView unit = dataScope.requireVisibleUnit(orgUnitId);
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        List<LegalQuestion> asked = questions.findByAskedOnBetween(from, to).stream()
                .filter(q -> within(q, unit)).toList();
        List<LegalQuestion> answered = asked.stream().filter(q -> q.getAnsweredOn() != null).toList();
        long onTime = answered.stream().filter(q -> service.answerClock(q)
                .map(c -> c.metOn() != null && !c.metLate()).orElse(false)).count();
        WorkingCalendar cal = calendar.snapshot();
        List<Integer> days = answered.stream()
                .map(q -> cal.workingDaysAfterUpTo(q.getAskedOn(), q.getAnsweredOn())).sorted().toList();
        Map<String, Long> byCategory = new LinkedHashMap<>();
        for (QuestionCategory c : QuestionCategory.values()) {
            byCategory.put(c.label(), asked.stream().filter(q -> q.getCategory() == c).count());
        }
        List<Referral> made = referrals.findByReferredOnBetween(from, to).stream()
                .filter(r -> within(r, unit)).toList();
        LocalDate today = LocalDate.now(clock);
        LocalDate on = year == today.getYear() ? today : to;
        List<Kiosk> serving = points.kiosks().stream().filter(k -> within(k, unit) && k.inServiceOn(on)).toList();
        long places = serving.stream().map(k -> k.getTownId() + "/" + k.getPlace().strip()).distinct().count();
        long uses = points.usageBetween(from, to).stream().filter(u -> within(u, unit))
                .mapToLong(KioskUsage::uses).sum();
        List<Broadcast> held = broadcasts.between(from.atStartOfDay(), to.atTime(23, 59, 59)).stream()
                .filter(b -> within(b, unit)).toList();
        long viewers = held.stream().mapToLong(b -> b.getViewers() == null ? 0 : b.getViewers()).sum();
        return new Figures(year, orgUnitId, asked.size(), answered.size(), onTime, median(days), byCategory,
                new Referrals(count(made, ReferralKind.MEDIATION), count(made, ReferralKind.LEGAL_AID),
                        count(made, ReferralKind.OTHER_AGENCY)), serving.size(), places, uses, held.size(), viewers);
    }

    private static long count(List<Referral> made, ReferralKind kind) {
        return made.stream().filter(r -> r.getKind() == kind).count();
    }

    /** The middle value, or the mean of the two middle values, to one decimal; none without answers. */
    static BigDecimal median(List<Integer> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int n = sorted.size();
        BigDecimal m = n % 2 == 1 ? BigDecimal.valueOf(sorted.get(n / 2))
                : BigDecimal.valueOf(sorted.get(n / 2 - 1) + sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
        return m.setScale(1, RoundingMode.HALF_UP);
    }

    /** A record lies within its town, its village, its holder unit, and the district. */
    private static boolean within(ScopedRecord r, OrgUnitView unit) {
        return switch (unit.type()) {
            case DISTRICT -> true;
            case TOWN -> unit.id() == r.getTownId();
            case VILLAGE -> Long.valueOf(unit.id()).equals(r.getVillageId());
            default -> unit.id() == r.getHolderUnitId();
        };
    }
}
