package org.fazhi.organization.internal;

import org.fazhi.shared.AuditNamed;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.fazhi.organization.Role;
import org.fazhi.shared.BaseEntity;
import org.fazhi.shared.Personal;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.Secret;

/** 用户 — a staff account with one home org unit and one or more roles. */
@Entity
@Table(name = "app_user")
public class AppUser extends BaseEntity implements AuditNamed {

    /**
     * Prefix of the audit actions that are security events (accounts, roles, passwords, locks, policy), so the audit
     * administrator finds them all with one filter.
     */
    public static final String SECURITY_EVENT = "SECURITY:";

    @Column(nullable = false, length = 60)
    private String username;

    @Column(name = "display_name", nullable = false, length = 60)
    private String displayName;

    @Secret
    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "home_unit_id", nullable = false)
    private Long homeUnitId;

    private boolean enabled = true;

    @Column(name = "failed_attempts")
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @Personal
    @Column(length = 40)
    private String phone;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 30)
    private Set<Role> roles = new HashSet<>();

    protected AppUser() {
    }

    public AppUser(String username, String displayName, String passwordHash, Long homeUnitId, Set<Role> roles,
                   Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.homeUnitId = homeUnitId;
        this.passwordChangedAt = now;
        assignRoles(roles);
    }

    /**
     * 三员分立: the system, security and audit administrator duties are never held by one account.
     */
    public void assignRoles(Set<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw RuleViolation.onField("roles", "user.roles.required");
        }
        Set<Role> admins = EnumSet.noneOf(Role.class);
        admins.addAll(newRoles);
        admins.retainAll(Role.THREE_ADMINS);
        if (admins.size() > 1) {
            throw RuleViolation.onField("roles", "user.roles.threeAdmins");
        }
        if (admins.size() == 1 && newRoles.size() > 1) {
            throw RuleViolation.onField("roles", "user.roles.adminExclusive");
        }
        this.roles = new HashSet<>(newRoles);
    }

    public void update(String newDisplayName, Long newHomeUnitId, String newPhone, boolean newEnabled) {
        this.displayName = newDisplayName;
        this.homeUnitId = newHomeUnitId;
        this.phone = newPhone;
        this.enabled = newEnabled;
    }

    public void changePassword(String newHash, Instant now, String reason) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
        this.failedAttempts = 0;
        this.lockedUntil = null;
        noteChange(SECURITY_EVENT + "PASSWORD_CHANGE", reason);
    }

    /** An administrator set the password: changed, but its holder must choose their own at the next login. */
    public void resetPassword(String newHash, String reason) {
        this.passwordHash = newHash;
        this.passwordChangedAt = null;
        this.failedAttempts = 0;
        this.lockedUntil = null;
        noteChange(SECURITY_EVENT + "PASSWORD_RESET", reason);
    }

    /** The password was handed out (first start): its holder must change it at the first login. */
    public void requirePasswordChange() {
        this.passwordChangedAt = null;
    }

    /**
     * Whether the holder must change the password before anything else: it was set by someone else, or it is older
     * than the policy's maximum age ({@code maxAgeDays} 0 = no limit).
     */
    public boolean mustChangePassword(int maxAgeDays, Instant now) {
        return passwordChangedAt == null
                || (maxAgeDays > 0 && passwordChangedAt.plus(java.time.Duration.ofDays(maxAgeDays)).isBefore(now));
    }

    /** Names the security event this change of the account is (audit action {@code SECURITY:<what>}). */
    public void noteSecurityEvent(String what, String reason) {
        noteChange(SECURITY_EVENT + what, reason);
    }

    /** Locks the account after {@code failures} consecutive failed logins, for {@code lockMinutes}. */
    public void lockAfterFailures(int failures, int lockMinutes, Instant now) {
        lockedUntil = now.plusSeconds(lockMinutes * 60L);
        failedAttempts = 0;
        noteChange(SECURITY_EVENT + "LOCK", "连续登录失败 " + failures + " 次");
    }

    public void recordSuccessfulLogin() {
        if (failedAttempts != 0 || lockedUntil != null) {
            failedAttempts = 0;
            lockedUntil = null;
            noteChange("LOGIN_RESET", null);
        }
    }

    public void unlock(String reason) {
        failedAttempts = 0;
        lockedUntil = null;
        noteChange(SECURITY_EVENT + "UNLOCK", reason);
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Long getHomeUnitId() {
        return homeUnitId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public String getPhone() {
        return phone;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    /** {@inheritDoc} Here: the user's name and user name. */
    @Override
    public String auditName() {
        return displayName + "（" + username + "）";
    }
}
