package org.fazhi.enforcement.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.FazhiUser;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.shared.AccessDenied;
import org.fazhi.shared.RuleViolation;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A town's enforcement settings, its legal reviewers and its case and decision numbers. */
@Service
@Transactional
public class CaseSettings {

    private final SettingsRepository settings;
    private final NumberCounterRepository numbers;
    private final LegalReviewerRepository reviewers;
    private final OrgDirectory directory;
    private final org.fazhi.organization.StaffDirectory staff;
    private final Clock clock;

    CaseSettings(SettingsRepository settings, NumberCounterRepository numbers, LegalReviewerRepository reviewers,
                 OrgDirectory directory, org.fazhi.organization.StaffDirectory staff, Clock clock) {
        this.settings = settings;
        this.numbers = numbers;
        this.reviewers = reviewers;
        this.directory = directory;
        this.staff = staff;
        this.clock = clock;
    }

    /** The town's settings, created with the defaults on first use. */
    EnforcementSettings settingsFor(OrgUnitView town) {
        return settings.findByTownId(town.id()).orElseGet(() -> settings.save(EnforcementSettings.defaults(town)));
    }

    EnforcementSettings settingsFor(long townId) {
        return settingsFor(directory.get(townId));
    }

    @Transactional(readOnly = true)
    public EnforcementSettings settingsView(long townId) {
        return settings.findByTownId(townId).orElseGet(() -> EnforcementSettings.defaults(directory.get(townId)));
    }

    public EnforcementSettings updateSettings(long townId, Consumer<EnforcementSettings> change) {
        EnforcementSettings s = settingsFor(directory.get(townId));
        change.accept(s);
        return s;
    }

    /** Applies new settings values (checked by the settings themselves). */
    public void applySettings(EnforcementSettings s, boolean reviewAll, boolean excludeHearing,
                              boolean excludeAppraisal, int maxExtension, int maxExtensions, int statementDays,
                              BigDecimal finePerson, BigDecimal fineOrg, String caseTemplate, String decisionTemplate,
                              String filing, String proposal, String decision) {
        s.update(reviewAll, excludeHearing, excludeAppraisal, maxExtension, maxExtensions, statementDays, finePerson,
                fineOrg, caseTemplate, decisionTemplate, filing, proposal, decision);
    }

    /** Applies the province's large amounts confiscated (《行政处罚法》第63条第1款第2项), checked by the settings. */
    public void applyHearingConfiscation(EnforcementSettings s, BigDecimal person, BigDecimal org) {
        s.updateHearingConfiscation(person, org);
    }

    /** The next number of the town's counter of that kind and year, written with the template. */
    String nextNumber(OrgUnitView town, String kind, int year, String template) {
        NumberCounter counter = numbers.lockFor(town.id(), kind, year)
                .orElseGet(() -> numbers.saveAndFlush(new NumberCounter(kind, year, town)));
        int no = counter.next();
        String shortName = town.name().replaceAll("(镇|街道|乡)$", "");
        return template.replace("{town}", shortName).replace("{year}", String.valueOf(year))
                .replace("{no}", String.valueOf(no));
    }

    public LegalReviewer registerReviewer(String username, boolean qualified, LocalDate firstReviewOn) {
        FazhiUser user = DataScope.currentUser().orElseThrow(() -> new AccessDenied("error.forbidden"));
        return registerReviewer(username, qualified, firstReviewOn, user.homeUnit().townId());
    }

    /**
     * Registers (or corrects) a legal reviewer of the town: whether they hold the legal professional qualification,
     * and since when they review (before 2021-07-15 makes them a reviewer the qualification rule does not reach).
     */
    public LegalReviewer registerReviewer(String username, boolean qualified, LocalDate firstReviewOn, Long townId) {
        if (username == null || username.isBlank() || username.strip().length() > 60) {
            throw RuleViolation.onField("username", "enforcement.reviewer.username");
        }
        if (firstReviewOn != null && firstReviewOn.isAfter(LocalDate.now(clock))) {
            throw RuleViolation.onField("firstReviewOn", "enforcement.reviewer.firstReviewFuture");
        }
        if (townId == null) {
            throw RuleViolation.onField("town", "enforcement.settings.town");
        }
        // 《行政处罚法》第58条第2款: the qualification is attested by the town (leader) or the security
        // administrator, never by the reviewer; and only a member of this town's staff is its reviewer
        FazhiUser caller = DataScope.currentUser().orElse(null);
        if (caller != null && caller.getUsername().equalsIgnoreCase(username.strip())) {
            throw new AccessDenied("enforcement.reviewer.notSelf");
        }
        OrgUnitView home = staff.homeUnitOf(username.strip()).orElseThrow(() -> RuleViolation.onField("username",
                "enforcement.reviewer.unknownUser", username.strip()));
        if (!townId.equals(home.townId())) {
            throw RuleViolation.onField("username", "enforcement.reviewer.otherTown", username.strip());
        }
        OrgUnitView town = directory.get(townId);
        LegalReviewer r = reviewers.findByUsername(username.strip()).orElseGet(() -> reviewers.save(
                new LegalReviewer(username.strip(), qualified, firstReviewOn, town)));
        r.update(qualified, firstReviewOn);
        return r;
    }

    /** The legal reviewers registered in the caller's scope, by username. */
    @Transactional(readOnly = true)
    public List<LegalReviewer> reviewers() {
        return reviewers.findAll(Sort.by("username"));
    }
}
