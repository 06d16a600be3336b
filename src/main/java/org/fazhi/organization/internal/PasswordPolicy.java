package org.fazhi.organization.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.shared.BaseEntity;
import org.fazhi.shared.RuleViolation;

/**
 * 密码策略 — password and session policy kept by the security administrator. Defaults follow common practice of
 * 等保 2.0 (GB/T 22239-2019, 8.1.4.1): length ≥ 8 with letters and digits, lock after 5 failures, session timeout.
 */
@Entity
@Table(name = "password_policy")
public class PasswordPolicy extends BaseEntity {

    public static final int DEFAULT_MIN_LENGTH = 8;
    public static final int DEFAULT_MAX_FAILED_ATTEMPTS = 5;
    public static final int DEFAULT_LOCK_MINUTES = 15;
    public static final int DEFAULT_SESSION_TIMEOUT_MINUTES = 30;
    public static final int DEFAULT_MAX_AGE_DAYS = 90;

    @Column(name = "min_length")
    private int minLength = DEFAULT_MIN_LENGTH;

    @Column(name = "require_letter_and_digit")
    private boolean requireLetterAndDigit = true;

    @Column(name = "max_failed_attempts")
    private int maxFailedAttempts = DEFAULT_MAX_FAILED_ATTEMPTS;

    @Column(name = "lock_minutes")
    private int lockMinutes = DEFAULT_LOCK_MINUTES;

    @Column(name = "session_timeout_minutes")
    private int sessionTimeoutMinutes = DEFAULT_SESSION_TIMEOUT_MINUTES;

    @Column(name = "max_age_days")
    private int maxAgeDays = DEFAULT_MAX_AGE_DAYS;

    public PasswordPolicy() {
    }

    public void change(int newMinLength, boolean newRequireLetterAndDigit, int newMaxFailedAttempts,
                       int newLockMinutes, int newSessionTimeoutMinutes, int newMaxAgeDays) {
        List<RuleViolation.FieldProblem> problems = new ArrayList<>();
        if (newMinLength < 8 || newMinLength > 64) {
            problems.add(new RuleViolation.FieldProblem("minLength", "policy.minLength.range"));
        }
        if (newMaxFailedAttempts < 3 || newMaxFailedAttempts > 10) {
            problems.add(new RuleViolation.FieldProblem("maxFailedAttempts", "policy.maxFailed.range"));
        }
        if (newLockMinutes < 1 || newLockMinutes > 1440) {
            problems.add(new RuleViolation.FieldProblem("lockMinutes", "policy.lockMinutes.range"));
        }
        if (newSessionTimeoutMinutes < 5 || newSessionTimeoutMinutes > 480) {
            problems.add(new RuleViolation.FieldProblem("sessionTimeoutMinutes", "policy.session.range"));
        }
        if (newMaxAgeDays < 0 || newMaxAgeDays > 365) {
            problems.add(new RuleViolation.FieldProblem("maxAgeDays", "policy.maxAge.range"));
        }
        if (!problems.isEmpty()) {
            throw RuleViolation.ofFields(problems);
        }
        this.minLength = newMinLength;
        this.requireLetterAndDigit = newRequireLetterAndDigit;
        this.maxFailedAttempts = newMaxFailedAttempts;
        this.lockMinutes = newLockMinutes;
        this.sessionTimeoutMinutes = newSessionTimeoutMinutes;
        this.maxAgeDays = newMaxAgeDays;
        noteChange(AppUser.SECURITY_EVENT + "POLICY_CHANGE", null);
    }

    /** Checks a new password against the policy; the message keys name what is missing. */
    public void check(String password) {
        if (password == null || password.length() < minLength) {
            throw RuleViolation.onField("password", "policy.password.tooShort", minLength);
        }
        if (requireLetterAndDigit
                && (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit))) {
            throw RuleViolation.onField("password", "policy.password.letterDigit");
        }
    }

    public int getMinLength() {
        return minLength;
    }

    public boolean isRequireLetterAndDigit() {
        return requireLetterAndDigit;
    }

    public int getMaxFailedAttempts() {
        return maxFailedAttempts;
    }

    public int getLockMinutes() {
        return lockMinutes;
    }

    public int getSessionTimeoutMinutes() {
        return sessionTimeoutMinutes;
    }

    public int getMaxAgeDays() {
        return maxAgeDays;
    }
}
