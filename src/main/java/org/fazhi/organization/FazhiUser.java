package org.fazhi.organization;

import org.fazhi.organization.scope.UserScope;
import java.util.Collection;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in staff member: identity, home unit, roles, permissions (as authorities) and data scope, fixed at login.
 */
public final class FazhiUser implements UserDetails, CredentialsContainer, org.fazhi.shared.Actor {

    private final long id;
    private final String username;
    private String passwordHash;
    private final String displayName;
    private final OrgUnitView homeUnit;
    private final Set<Role> roles;
    private final Collection<? extends GrantedAuthority> authorities;
    private final boolean enabled;
    private final boolean locked;
    private final UserScope scope;
    private final boolean passwordChangeRequired;

    public FazhiUser(long id, String username, String passwordHash, String displayName, OrgUnitView homeUnit,
                     Set<Role> roles, Collection<? extends GrantedAuthority> authorities, boolean enabled,
                     boolean locked, UserScope scope) {
        this(id, username, passwordHash, displayName, homeUnit, roles, authorities, enabled, locked, scope, false);
    }

    /**
     * @param passwordChangeRequired the password was handed out or is older than the policy allows: until it is
     *                               changed, the user may do nothing else
     */
    public FazhiUser(long id, String username, String passwordHash, String displayName, OrgUnitView homeUnit,
                     Set<Role> roles, Collection<? extends GrantedAuthority> authorities, boolean enabled,
                     boolean locked, UserScope scope, boolean passwordChangeRequired) {
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.homeUnit = homeUnit;
        this.roles = Set.copyOf(roles);
        this.authorities = authorities;
        this.enabled = enabled;
        this.locked = locked;
        this.scope = scope;
        this.passwordChangeRequired = passwordChangeRequired;
    }

    /** Whether the user must change the password before doing anything else. */
    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public OrgUnitView homeUnit() {
        return homeUnit;
    }

    /**
     * The unit whose figures the user sees first on a dashboard or statistics page: their town (a village user: their
     * village; a district user: the district).
     */
    public long figuresUnitId() {
        if (homeUnit.type() == OrgUnitType.VILLAGE || homeUnit.townId() == null) {
            return homeUnit.id();
        }
        return homeUnit.townId();
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Whether the user holds the permission (their roles grant it). */
    public boolean holds(Permission permission) {
        return holdsAuthority(permission.name());
    }

    /** Whether the user holds the authority named as a setting stores it (an approval chain's signer, a step's). */
    public boolean holdsAuthority(String authority) {
        return authorities.stream().anyMatch(a -> a.getAuthority().equals(authority));
    }

    public UserScope scope() {
        return scope;
    }

    @Override
    public String actorName() {
        return username;
    }

    @Override
    public Long actorUnitId() {
        return homeUnit.id();
    }

    @Override
    public Long actorTownId() {
        return homeUnit.townId();
    }

    @Override
    public Set<Long> readableTownIds() {
        return homeUnit.townId() == null ? null : scope.townIds();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FazhiUser other && other.username.equals(username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return username;
    }
}
