package org.fazhi.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.fazhi.organization.Permission;
import org.fazhi.organization.Role;
import org.fazhi.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** The account rules as the aggregates enforce them, without a database. */
class AccountRulesTest {

    private static final Instant NOON = Instant.parse("2024-09-27T04:00:00Z");

    private static AppUser user(Set<Role> roles) {
        return new AppUser("someone", "某人", "{noop}x", 1L, roles, NOON);
    }

    @Test
    void the_system_and_audit_administrator_roles_cannot_be_held_together() {
        assertThatThrownBy(() -> user(EnumSet.of(Role.SYSTEM_ADMIN, Role.AUDIT_ADMIN)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("user.roles.threeAdmins"));
    }

    @Test
    void an_administrator_holds_no_business_role() {
        assertThatThrownBy(() -> user(EnumSet.of(Role.SECURITY_ADMIN, Role.LEADER)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("user.roles.adminExclusive"));
    }

    @Test
    void business_roles_may_be_combined() {
        assertThat(user(EnumSet.of(Role.LEGAL_REVIEWER, Role.COUNSEL)).getRoles())
                .containsExactlyInAnyOrder(Role.LEGAL_REVIEWER, Role.COUNSEL);
    }

    @Test
    void a_lockout_lasts_the_lock_period() {
        AppUser u = user(EnumSet.of(Role.MEDIATOR));

        u.lockAfterFailures(5, 15, NOON);

        assertThat(u.isLockedAt(NOON.plusSeconds(14 * 60))).isTrue();
        assertThat(u.isLockedAt(NOON.plusSeconds(15 * 60))).isFalse();
    }

    @Test
    void a_password_older_than_the_maximum_age_or_set_by_someone_else_must_be_changed() {
        AppUser u = user(EnumSet.of(Role.MEDIATOR));

        assertThat(u.mustChangePassword(90, NOON.plus(java.time.Duration.ofDays(90)))).isFalse();
        assertThat(u.mustChangePassword(90, NOON.plus(java.time.Duration.ofDays(91)))).isTrue();
        assertThat(u.mustChangePassword(0, NOON.plus(java.time.Duration.ofDays(3650)))).isFalse();
        u.resetPassword("{noop}y", "管理员重置");
        assertThat(u.mustChangePassword(0, NOON)).isTrue();
        u.changePassword("{noop}z", NOON, "本人修改");
        assertThat(u.mustChangePassword(90, NOON)).isFalse();
    }

    @Test
    void a_business_role_cannot_receive_an_administrators_permission() {
        RoleGrant leader = new RoleGrant(Role.LEADER, EnumSet.of(Permission.STAFF_BASIC));

        assertThatThrownBy(() -> leader.grant(EnumSet.of(Permission.AUDIT_VERIFY), null))
                .isInstanceOf(RuleViolation.class);
        assertThat(leader.getPermissions()).containsExactly(Permission.STAFF_BASIC);
    }

    @Test
    void a_password_needs_the_policy_length_and_letters_and_digits() {
        PasswordPolicy policy = new PasswordPolicy();

        assertThatThrownBy(() -> policy.check("Ab1")).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> policy.check("abcdefghij")).isInstanceOf(RuleViolation.class);
        policy.check("abcdefgh12");
    }
}
