package org.fazhi.organization.internal;

import java.time.Clock;
import java.util.Set;
import org.fazhi.organization.DataScope;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.Role;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.RuleViolation;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the staff accounts (system administrator). */
@Service
public class UserService {

    private static final java.util.regex.Pattern USERNAME = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9._-]{1,59}");

    private final AppUserRepository users;
    private final OrgDirectory directory;
    private final DataScope dataScope;
    private final PasswordEncoder encoder;
    private final AccountService accounts;
    private final Clock clock;

    UserService(AppUserRepository users, OrgDirectory directory, DataScope dataScope, PasswordEncoder encoder,
                AccountService accounts, Clock clock) {
        this.users = users;
        this.directory = directory;
        this.dataScope = dataScope;
        this.encoder = encoder;
        this.accounts = accounts;
        this.clock = clock;
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
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
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
        if (checkPolicy) {
            accounts.currentPolicy().check(password);
        }
        return users.save(new AppUser(name, displayName.strip(), encoder.encode(password), homeUnitId, roles,
                clock.instant()));
    }

    @Transactional
    public AppUser update(long id, String displayName, long homeUnitId, Set<Role> roles, String phone,
                          boolean enabled) {
        AppUser u = get(id);
        if (displayName == null || displayName.isBlank()) {
            throw RuleViolation.onField("displayName", "user.displayName.required");
        }
        directory.find(homeUnitId).orElseThrow(() -> RuleViolation.onField("homeUnitId", "org.parent.unknown"));
        dataScope.requireVisibleUnit(homeUnitId);
        u.assignRoles(roles);
        u.update(displayName.strip(), homeUnitId, phone == null || phone.isBlank() ? null : phone.strip(), enabled);
        return u;
    }

    @Transactional
    public void resetPassword(long id, String newPassword) {
        AppUser u = get(id);
        accounts.currentPolicy().check(newPassword);
        u.changePassword(encoder.encode(newPassword), clock.instant(), "管理员重置");
    }

    @Transactional
    public void unlock(long id) {
        get(id).unlock("管理员解锁");
    }

    /** The signed-in user changes their own password. */
    @Transactional
    public void changeOwnPassword(long userId, String current, String newPassword) {
        AppUser u = DataScope.asSystem(() -> users.findById(userId)).orElseThrow(() -> new NotFound("user", userId));
        if (!encoder.matches(current, u.getPasswordHash())) {
            throw RuleViolation.onField("currentPassword", "user.password.currentWrong");
        }
        accounts.currentPolicy().check(newPassword);
        u.changePassword(encoder.encode(newPassword), clock.instant(), "本人修改");
    }
}
