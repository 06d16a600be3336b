package org.fazhi.organization.internal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.FazhiUser;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.Permission;
import org.fazhi.organization.Role;
import org.fazhi.shared.AccessDenied;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.Input;
import org.fazhi.shared.RuleViolation;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the staff accounts. 三员分立 (separation of the three administrator duties): the system administrator
 * keeps the business accounts of their scope and grants business roles only; an account holding an administrator
 * role (system, security, audit) is created, changed, reset, unlocked or disabled only by the installation's
 * security administrator. Every such change is an audit event named {@code SECURITY:…}, and ends the sessions of the
 * account whose access changed.
 */
@Service
public class UserService {

    private static final java.util.regex.Pattern USERNAME = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9._-]{1,59}");
    private static final Set<Role> BUSINESS_ROLES = EnumSet.complementOf(EnumSet.copyOf(Role.THREE_ADMINS));

    private final AppUserRepository users;
    private final OrgDirectory directory;
    private final DataScope dataScope;
    private final PasswordEncoder encoder;
    private final AccountService accounts;
    private final AccountSessions sessions;
    private final LoginGuard guard;
    private final Clock clock;

    UserService(AppUserRepository users, OrgDirectory directory, DataScope dataScope, PasswordEncoder encoder,
                AccountService accounts, AccountSessions sessions, LoginGuard guard, Clock clock) {
        this.users = users;
        this.directory = directory;
        this.dataScope = dataScope;
        this.encoder = encoder;
        this.accounts = accounts;
        this.sessions = sessions;
        this.guard = guard;
        this.clock = clock;
    }

    /**
     * The roles the signed-in user may grant: the installation's security administrator the three administrator
     * roles, a system administrator the business roles, nobody else any.
     */
    public static Set<Role> grantableRoles() {
        if (DataScope.current().system()) {
            return EnumSet.allOf(Role.class);
        }
        FazhiUser caller = DataScope.currentUser().orElse(null);
        if (caller == null) {
            return EnumSet.noneOf(Role.class);
        }
        if (isInstallationSecurityAdministrator(caller)) {
            return EnumSet.copyOf(Role.THREE_ADMINS);
        }
        if (caller.getAuthorities().contains(new SimpleGrantedAuthority(Permission.USER_MANAGE.name()))) {
            return EnumSet.copyOf(BUSINESS_ROLES);
        }
        return EnumSet.noneOf(Role.class);
    }

    /** The security administrator of the whole installation (home unit at the root, not in a town). */
    static boolean isInstallationSecurityAdministrator(FazhiUser user) {
        return user.hasRole(Role.SECURITY_ADMIN) && user.homeUnit().townId() == null
                && user.getAuthorities().contains(new SimpleGrantedAuthority(Permission.ADMIN_ACCOUNT_MANAGE.name()));
    }

    /** Whether the signed-in user may change an account holding {@code roles}. */
    public static boolean mayAdminister(Set<Role> roles) {
        return grantableRoles().containsAll(roles);
    }

    private static void requireMayAdminister(Set<Role> roles) {
        if (!mayAdminister(roles)) {
            throw new AccessDenied(roles.stream().anyMatch(Role::isAdministrator) ? "user.admin.securityAdminOnly"
                    : "user.roles.notGrantable");
        }
    }

    /** 账户状态 — what the accounts section counts and the user list filters by. */
    public enum AccountState {
        /** 已锁定: locked after failed logins, now */
        LOCKED,
        /** 已停用 */
        DISABLED
    }

    /**
     * The accounts of the caller's scope in a state, by username: the dashboard counts them and the user list shows
     * them, by this one rule.
     */
    @Transactional(readOnly = true)
    public java.util.List<AppUser> inState(AccountState state) {
        var visible = dataScope.visibleUnits().stream().map(u -> u.id()).collect(java.util.stream.Collectors.toSet());
        java.time.Instant now = clock.instant();
        return users.findAll(org.springframework.data.domain.Sort.by("username")).stream()
                .filter(u -> visible.contains(u.getHomeUnitId()))
                .filter(u -> state == null || (state == AccountState.LOCKED ? u.isLockedAt(now) : !u.isEnabled()))
                .toList();
    }

    @Transactional(readOnly = true)
    public Page<AppUser> search(String q, Pageable pageable) {
        var visible = dataScope.visibleUnits().stream().map(u -> u.id()).toList();
        String like = org.fazhi.shared.Like.containing(q);
        return users.search(visible.isEmpty() ? java.util.List.of(-1L) : visible, like, pageable);
    }

    @Transactional(readOnly = true)
    public AppUser get(long id) {
        AppUser u = users.findById(id).orElseThrow(() -> new NotFound("user", id));
        if (!dataScope.canSee(u.getHomeUnitId())) {
            throw new NotFound("user", id);
        }
        return u;
    }

    /** A new account; the password must satisfy the policy unless {@code checkPolicy} is false (demo passwords). */
    @Transactional
    public AppUser create(String username, String displayName, long homeUnitId, Set<Role> roles, String password,
                          boolean checkPolicy) {
        // checked and hashed only after the caller's rights and the name are: a refused request says why it is refused
        return create(username, displayName, homeUnitId, roles, () -> {
            if (checkPolicy) {
                accounts.currentPolicy().check(password);
            }
            return encoder.encode(password);
        });
    }

    /** The password's hash, for accounts that share one password (see the {@code Supplier} variant of create). */
    String hash(String password) {
        return encoder.encode(password);
    }

    /**
     * A new account with an already hashed password: the demo accounts share one password, and hashing it once
     * instead of once per account saves a BCrypt round (about 80 ms) for each of them at the first start.
     */
    @Transactional
    AppUser create(String username, String displayName, long homeUnitId, Set<Role> roles,
                   Supplier<String> passwordHash) {
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        requireMayAdminister(roles == null ? Set.of() : roles);
        if (!USERNAME.matcher(name).matches()) {
            throw RuleViolation.onField("username", "user.username.pattern");
        }
        if (users.existsByUsername(name)) {
            throw RuleViolation.onField("username", "user.username.duplicate", name);
        }
        if (displayName == null || displayName.isBlank()) {
            throw RuleViolation.onField("displayName", "user.displayName.required");
        }
        directory.find(homeUnitId).orElseThrow(() -> RuleViolation.onField("homeUnitId", "org.parent.unknown"));
        if (!DataScope.current().system()) {
            dataScope.requireVisibleUnit(homeUnitId);
        }
        AppUser u = new AppUser(name, displayName.strip(), passwordHash.get(), homeUnitId, roles, clock.instant());
        u.noteSecurityEvent("ACCOUNT_CREATE", "角色 " + new java.util.TreeSet<>(roles));
        return users.save(u);
    }

    @Transactional
    public AppUser update(long id, String displayName, long homeUnitId, Set<Role> roles, String phone,
                          boolean enabled) {
        AppUser u = get(id);
        requireMayAdminister(u.getRoles());
        requireMayAdminister(roles == null ? Set.of() : roles);
        if (displayName == null || displayName.isBlank()) {
            throw RuleViolation.onField("displayName", "user.displayName.required");
        }
        directory.find(homeUnitId).orElseThrow(() -> RuleViolation.onField("homeUnitId", "org.parent.unknown"));
        dataScope.requireVisibleUnit(homeUnitId);
        Input in = new Input();
        String checkedPhone = in.phone("phone", phone, false);
        in.check();
        Set<Role> before = u.getRoles();
        boolean wasEnabled = u.isEnabled();
        boolean moved = !u.getHomeUnitId().equals(homeUnitId);
        u.assignRoles(roles);
        u.update(displayName.strip(), homeUnitId, checkedPhone, enabled);
        boolean rolesChanged = !before.equals(u.getRoles());
        if (wasEnabled && !enabled) {
            u.noteSecurityEvent("ACCOUNT_DISABLE", null);
        } else if (!wasEnabled && enabled) {
            u.noteSecurityEvent("ACCOUNT_ENABLE", null);
        } else if (rolesChanged) {
            u.noteSecurityEvent("ROLES_CHANGE", new java.util.TreeSet<>(before) + " → "
                    + new java.util.TreeSet<>(u.getRoles()));
        } else if (moved) {
            u.noteSecurityEvent("HOME_UNIT_CHANGE", null);
        }
        if (!enabled || rolesChanged || moved) {
            sessions.endAfterCommit(u.getUsername(), null);
        }
        return u;
    }

    /** An administrator sets a new password; the holder's sessions end and they choose their own at next login. */
    @Transactional
    public void resetPassword(long id, String newPassword) {
        AppUser u = get(id);
        requireMayAdminister(u.getRoles());
        accounts.currentPolicy().check(newPassword);
        u.resetPassword(encoder.encode(newPassword), "管理员重置");
        sessions.endAfterCommit(u.getUsername(), null);
    }

    /**
     * Lifts a lockout: the installation's security administrator for any account, a system administrator for the
     * business accounts of their scope.
     */
    @Transactional
    public void unlock(long id) {
        AppUser u = get(id);
        FazhiUser caller = DataScope.currentUser().orElse(null);
        if (caller == null || !isInstallationSecurityAdministrator(caller)) {
            requireMayAdminister(u.getRoles());
        }
        u.unlock("管理员解锁");
        guard.unlocked(u.getUsername());
    }

    /** The signed-in user changes their own password; their other sessions end. */
    @Transactional
    public void changeOwnPassword(long userId, String current, String newPassword, String keepSessionId) {
        AppUser u = DataScope.asSystem(() -> users.findById(userId)).orElseThrow(() -> new NotFound("user", userId));
        if (!encoder.matches(current, u.getPasswordHash())) {
            throw RuleViolation.onField("currentPassword", "user.password.currentWrong");
        }
        accounts.currentPolicy().check(newPassword);
        if (encoder.matches(newPassword, u.getPasswordHash())) {
            throw RuleViolation.onField("newPassword", "user.password.same");
        }
        u.changePassword(encoder.encode(newPassword), clock.instant(), "本人修改");
        sessions.endAfterCommit(u.getUsername(), keepSessionId);
    }

    /** The password handed out at first start: its holder must change it at the first login. */
    @Transactional
    public void requirePasswordChange(String username) {
        users.findByUsername(username).ifPresent(AppUser::requirePasswordChange);
    }
}
