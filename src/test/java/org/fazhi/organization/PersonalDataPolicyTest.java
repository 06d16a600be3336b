package org.fazhi.organization;

import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.scope.UserScope;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.fazhi.shared.PartyData;
import org.fazhi.shared.TownOwned;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who reads a party's personal data in clear, and what everyone else reads. */
class PersonalDataPolicyTest {

    private static final long TOWN = 1L;
    private static final long OTHER_TOWN = 2L;
    private static final TownOwned RECORD = () -> TOWN;
    private static final PartyData PARTY = PartyData.of("王小明", "320684199001011234", "13912345678", "林西村12组35号");
    private static final PartyData MASKED = new PartyData("王某", "3206**********1234", "139****5678", null);
    private static final PersonalDataPolicy DISCLOSURE =
            PersonalDataPolicy.readableWith(Permission.DISCLOSURE_WRITE).ownTownOnly();
    private static final PersonalDataPolicy MEDIATION = PersonalDataPolicy.readableWith(Permission.MEDIATION_WRITE);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_holder_of_the_permission_reads_in_clear() {
        signIn(TOWN, Permission.DISCLOSURE_WRITE, Permission.MEDIATION_WRITE);

        assertThat(DISCLOSURE.view(PARTY, true, RECORD)).isEqualTo(PARTY);
        assertThat(MEDIATION.readsInClear()).isTrue();
    }

    @Test
    void a_user_without_the_permission_reads_the_masked_form() {
        signIn(TOWN, Permission.DISCLOSURE_READ);

        assertThat(DISCLOSURE.view(PARTY, true, RECORD)).isEqualTo(MASKED);
        assertThat(MEDIATION.readsInClear()).isFalse();
    }

    @Test
    void own_town_only_keeps_a_holder_of_another_town_or_the_district_to_the_masked_form() {
        signIn(OTHER_TOWN, Permission.DISCLOSURE_WRITE);
        assertThat(DISCLOSURE.readsInClear(RECORD)).isFalse();

        signIn(null, Permission.DISCLOSURE_WRITE);
        assertThat(DISCLOSURE.readsInClear(RECORD)).isFalse();
    }

    @Test
    void nobody_signed_in_reads_the_masked_form_and_the_platforms_own_work_reads_in_clear() {
        assertThat(DISCLOSURE.view(PARTY, true, RECORD)).isEqualTo(MASKED);

        assertThat(DataScope.asSystem(() -> DISCLOSURE.view(PARTY, true, RECORD))).isEqualTo(PARTY);
    }

    private static void signIn(Long townId, Permission... permissions) {
        OrgUnitView home = new OrgUnitView(10L, "单位", OrgUnitType.TOWN, null, townId, null, "T", false, 0);
        List<SimpleGrantedAuthority> authorities = java.util.Arrays.stream(permissions)
                .map(p -> new SimpleGrantedAuthority(p.name())).toList();
        UserScope scope = new UserScope(1L, "u", 10L, townId == null ? Set.of(TOWN, OTHER_TOWN) : Set.of(townId),
                null, false, false);
        FazhiUser user = new FazhiUser(1L, "u", "x", "用户", home, Set.of(), authorities, true, false, scope);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, authorities));
    }
}
