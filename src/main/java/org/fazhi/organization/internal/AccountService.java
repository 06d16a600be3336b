package org.fazhi.organization.internal;

import org.fazhi.organization.SessionPolicy;
import org.fazhi.organization.StaffDirectory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.FazhiUser;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.Permission;
import org.fazhi.organization.Role;
import org.fazhi.organization.RunAs;
import org.fazhi.organization.scope.UserScope;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-in: loads a user with roles, permissions, data scope and whether the password must be changed first. Failed
 * logins are counted and throttled by {@link LoginGuard}.
 */
@Service
public class AccountService implements UserDetailsService, RunAs, org.fazhi.organization.SessionPolicy,
        org.fazhi.organization.StaffDirectory {

    /** Roles whose holders may write business records; the others read only (区级监督 reads every town). */
    private static final Set<Role> WRITING_ROLES = EnumSet.of(Role.SYSTEM_ADMIN, Role.LEADER, Role.LEGAL_REVIEWER,
            Role.OFFICER, Role.MEDIATOR, Role.COUNSEL, Role.DISCLOSURE_CLERK, Role.EDUCATOR,
            Role.EMERGENCY_OFFICER);

    private final AppUserRepository users;
    private final RoleGrantRepository grants;
    private final PasswordPolicyRepository policies;
    private final OrgDirectory directory;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final SecurityLog log;

    AccountService(AppUserRepository users, RoleGrantRepository grants, PasswordPolicyRepository policies,
                   OrgDirectory directory, TransactionTemplate tx, Clock clock, SecurityLog log) {
        this.log = log;
        this.users = users;
        this.grants = grants;
        this.policies = policies;
        this.directory = directory;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return DataScope.asSystem(() -> tx.execute(s -> users.findByUsername(username).map(this::toPrincipal)
                .orElseThrow(() -> new UsernameNotFoundException(username))));
    }

    FazhiUser toPrincipal(AppUser u) {
        OrgUnitView home = directory.get(u.getHomeUnitId());
        Set<Role> roles = u.getRoles();
        List<GrantedAuthority> authorities = new ArrayList<>();
        Set<Permission> perms = EnumSet.noneOf(Permission.class);
        for (Role r : roles) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + r.name()));
            if (r.isAdministrator()) {
                perms.addAll(Permission.ADMIN_PERMISSIONS.get(r));
            } else {
                grants.findByRole(r).ifPresent(g -> perms.addAll(g.getPermissions()));
            }
        }
        perms.forEach(p -> authorities.add(new SimpleGrantedAuthority(p.name())));
        return new FazhiUser(u.getId(), u.getUsername(), u.getPasswordHash(), u.getDisplayName(), home, roles,
                authorities, u.isEnabled(), u.isLockedAt(clock.instant()), scopeOf(u.getId(), u.getUsername(), home,
                roles), u.mustChangePassword(currentPolicy().getMaxAgeDays(), clock.instant()));
    }

    UserScope scopeOf(Long userId, String username, OrgUnitView home, Set<Role> roles) {
        boolean readOnly = roles.stream().noneMatch(WRITING_ROLES::contains);
        Set<Long> towns = new HashSet<>();
        Long village = null;
        if (home.type() == OrgUnitType.DISTRICT) {
            directory.towns().stream().filter(t -> isUnder(t, home.id())).forEach(t -> towns.add(t.id()));
        } else {
            towns.add(home.townId());
            if (home.type() == OrgUnitType.VILLAGE) {
                village = home.id();
            }
        }
        return new UserScope(userId, username, home.id(), Set.copyOf(towns), village, readOnly, false);
    }

    private boolean isUnder(OrgUnitView unit, long ancestorId) {
        Long p = unit.parentId();
        while (p != null) {
            if (p == ancestorId) {
                return true;
            }
            p = directory.find(p).map(OrgUnitView::parentId).orElse(null);
        }
        return false;
    }

    /**
     * A sign-in at the login form goes to the security log; the API's HTTP Basic calls, each authenticated on its
     * own, do not (they are no sign-in, and would bury the sign-ins).
     */
    @EventListener
    public void onSignIn(InteractiveAuthenticationSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        log.record(SecurityLog.Kind.LOGIN_SUCCEEDED, auth.getName().toLowerCase(java.util.Locale.ROOT),
                auth.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null, null);
    }

    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof FazhiUser user) {
            DataScope.asSystem(() -> tx.executeWithoutResult(s -> users.findById(user.id())
                    .ifPresent(AppUser::recordSuccessfulLogin)));
        }
    }

    @Override
    public java.util.Optional<OrgUnitView> homeUnitOf(String username) {
        if (username == null || username.isBlank()) {
            return java.util.Optional.empty();
        }
        return tx.execute(s -> users.findByUsername(username.strip().toLowerCase(java.util.Locale.ROOT))
                .map(u -> directory.get(u.getHomeUnitId())));
    }

    @Override
    public java.util.List<String> holdersOf(Role role, long townId) {
        return tx.execute(s -> users.findAll().stream()
                .filter(u -> u.isEnabled() && u.getRoles().contains(role) && u.getHomeUnitId() != null)
                .filter(u -> directory.find(u.getHomeUnitId()).map(h -> h.townId() != null && h.townId() == townId)
                        .orElse(false))
                .map(AppUser::getUsername).sorted().toList());
    }

    public PasswordPolicy currentPolicy() {
        return policies.findAll().stream().findFirst().orElseGet(PasswordPolicy::new);
    }

    /** Session timeout of the password policy, in seconds. */
    @Override
    public int sessionTimeoutSeconds() {
        return DataScope.asSystem(() -> tx.execute(s -> currentPolicy().getSessionTimeoutMinutes() * 60));
    }

    @Override
    public <T> T as(String username, java.util.function.Supplier<T> work) {
        FazhiUser user = (FazhiUser) loadUserByUsername(username);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext ctx = SecurityContextHolder.createEmptyContext();
        ctx.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(ctx);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
