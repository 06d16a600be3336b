package org.fazhi.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.PublicContact;
import org.fazhi.organization.PublicTowns;
import org.fazhi.shared.BadRequest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;

/**
 * An installation with one town keeps the portal's earlier addresses: they lead straight to that town's page, a form
 * sent to an earlier address is sent on (307), and the public API's lists need no {@code ?town=}. With several towns,
 * the front page lets the citizen choose.
 */
class OneTownPortalTest {

    private static final OrgUnitView DISTRICT = new OrgUnitView(1, "海门区", OrgUnitType.DISTRICT, null, null, null,
            "320684", false, 0);
    private static final OrgUnitView SANXING = new OrgUnitView(2, "三星镇", OrgUnitType.TOWN, 1L, 2L, null,
            "320684105", false, 1);
    private static final OrgUnitView NO_CODE = new OrgUnitView(3, "示例镇", OrgUnitType.TOWN, 1L, 3L, null, null,
            true, 2);

    private static PublicTowns towns(OrgUnitView... units) {
        return new PublicTowns(new Directory(List.of(units)));
    }

    /** The answer the earlier address gets, as the servlet container would send it. */
    private static MockHttpServletResponse follow(PortalController portal, MockHttpServletRequest rq) {
        MockHttpServletResponse rs = new MockHttpServletResponse();
        try {
            portal.earlier(rq, null).render(java.util.Map.of(), rq, rs);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return rs;
    }

    private static PortalController portal(PublicTowns towns) {
        return new PortalController(List.of(), List.of(), towns, List.of());
    }

    @Test
    void the_front_page_and_the_earlier_addresses_lead_to_the_only_town() {
        PortalController portal = portal(towns(DISTRICT, SANXING));

        assertThat(portal.front(null, new ExtendedModelMap())).isEqualTo("redirect:/portal/320684105");
        assertThat(portal.front("enforcement", new ExtendedModelMap()))
                .isEqualTo("redirect:/portal/320684105/enforcement");

        MockHttpServletRequest get = new MockHttpServletRequest("GET", "/portal/enforcement");
        get.setQueryString("q=%E7%BD%9A%E6%AC%BE");
        MockHttpServletResponse r = follow(portal, get);
        assertThat(r.getStatus()).isEqualTo(HttpStatus.FOUND.value());
        assertThat(r.getHeader("Location")).isEqualTo("/portal/320684105/enforcement?q=%E7%BD%9A%E6%AC%BE");

        MockHttpServletResponse post = follow(portal, new MockHttpServletRequest("POST", "/portal/mediation/apply"));
        assertThat(post.getStatus()).isEqualTo(HttpStatus.TEMPORARY_REDIRECT.value());
        assertThat(post.getHeader("Location")).isEqualTo("/portal/320684105/mediation/apply");
    }

    @Test
    void with_several_towns_the_earlier_addresses_lead_to_the_town_picker() {
        PortalController portal = portal(towns(DISTRICT, SANXING, NO_CODE));

        MockHttpServletResponse r = follow(portal, new MockHttpServletRequest("GET", "/portal/disclosure/apply"));

        assertThat(r.getStatus()).isEqualTo(HttpStatus.SEE_OTHER.value());
        assertThat(r.getHeader("Location")).isEqualTo("/portal?next=disclosure/apply");
        ExtendedModelMap model = new ExtendedModelMap();
        assertThat(portal.front("disclosure/apply", model)).isEqualTo("portal/district");
        assertThat(model.get("towns")).asString().contains("/portal/320684105/disclosure/apply",
                "/portal/3/disclosure/apply");
        assertThat(portal.front("https://evil.example/", new ExtendedModelMap())).isEqualTo("portal/district");
    }

    @Test
    void a_public_list_may_leave_out_the_town_only_where_there_is_one() {
        assertThat(towns(DISTRICT, SANXING).forApi(null)).isEqualTo(SANXING);
        assertThatThrownBy(() -> towns(DISTRICT, SANXING, NO_CODE).forApi(null)).isInstanceOf(BadRequest.class);
        assertThatThrownBy(() -> towns(DISTRICT, SANXING).forApi(1L)).isInstanceOf(BadRequest.class);
    }

    @Test
    void a_town_is_named_by_its_code_when_it_has_one_no_other_town_shares_else_by_its_id() {
        OrgUnitView twin = new OrgUnitView(4, "另一镇", OrgUnitType.TOWN, 1L, 4L, null, "320684105", false, 3);
        PublicTowns towns = towns(DISTRICT, SANXING, NO_CODE);
        PublicTowns twins = towns(DISTRICT, SANXING, twin);

        assertThat(towns.keyOf(SANXING)).isEqualTo("320684105");
        assertThat(towns.keyOf(NO_CODE)).isEqualTo("3");
        assertThat(towns.byKey("320684105")).contains(SANXING);
        assertThat(towns.byKey("2")).contains(SANXING);
        assertThat(towns.byKey("1")).isEmpty();
        assertThat(twins.keyOf(SANXING)).isEqualTo("2");
        assertThat(twins.byKey("4")).contains(twin);
    }

    /** The org tree of the test, in memory. */
    private record Directory(List<OrgUnitView> units) implements OrgDirectory {

        @Override
        public Optional<OrgUnitView> find(long id) {
            return units.stream().filter(u -> u.id() == id).findFirst();
        }

        @Override
        public OrgUnitView get(long id) {
            return find(id).orElseThrow();
        }

        @Override
        public List<OrgUnitView> all() {
            return units;
        }

        @Override
        public List<OrgUnitView> children(long parentId) {
            return new ArrayList<>(units.stream().filter(u -> u.parentId() != null && u.parentId() == parentId)
                    .toList());
        }

        @Override
        public List<OrgUnitView> towns() {
            return units.stream().filter(u -> u.type() == OrgUnitType.TOWN).toList();
        }

        @Override
        public List<OrgUnitView> villagesOf(long townId) {
            return List.of();
        }

        @Override
        public PublicContact contactOf(long id) {
            return PublicContact.NONE;
        }

        @Override
        public Optional<OrgUnitView> villageByName(long townId, String name) {
            return Optional.empty();
        }
    }
}
