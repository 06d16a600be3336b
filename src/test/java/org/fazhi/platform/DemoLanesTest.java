package org.fazhi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fazhi.organization.DemoDataContributor;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo loads in two lanes (a second thread for the contributors that stand alone), so a contributor may call only
 * the services of modules in its own lane: what it is handed in its constructor must come from its own module, the
 * org tree and shared pieces, or a module whose demo is loaded before it in the same lane.
 */
class DemoLanesTest extends IntegrationTest {

    /** Modules every contributor may use: the org tree, accounts and calendar, and the shared pieces. */
    private static final Set<String> COMMON = Set.of("organization", "shared", "deadline", "files", "audit");

    @Autowired
    private List<DemoDataContributor> contributors;

    @Test
    void a_contributor_calls_only_modules_of_its_own_lane_loaded_before_it() {
        Map<String, DemoDataContributor> byModule = contributors.stream()
                .collect(Collectors.toMap(c -> module(AopUtils.getTargetClass(c)), c -> c, (a, b) -> a));
        for (DemoDataContributor c : contributors) {
            if (c.order() >= DemoDataContributor.SUMMING_UP) {
                continue;
            }
            Class<?> type = AopUtils.getTargetClass(c);
            for (String used : modulesUsedBy(type)) {
                if (COMMON.contains(used) || used.equals(module(type))) {
                    continue;
                }
                DemoDataContributor other = byModule.get(used);
                if (other == null) {
                    continue;
                }
                assertThat(other.standsAlone())
                        .as("%s uses %s, whose demo loads in the other lane", type.getSimpleName(), used)
                        .isEqualTo(c.standsAlone());
                assertThat(other.order())
                        .as("%s uses %s, whose demo loads after it", type.getSimpleName(), used)
                        .isLessThanOrEqualTo(c.order());
            }
        }
    }

    @Test
    void the_demo_has_contributors_in_both_lanes() {
        assertThat(contributors).anyMatch(DemoDataContributor::standsAlone)
                .anyMatch(c -> !c.standsAlone() && c.order() < DemoDataContributor.SUMMING_UP);
    }

    private static Set<String> modulesUsedBy(Class<?> type) {
        return Arrays.stream(type.getDeclaredConstructors())
                .map(Constructor::getParameterTypes)
                .flatMap(Arrays::stream)
                .filter(p -> p.getName().startsWith("org.fazhi."))
                .map(DemoLanesTest::module)
                .collect(Collectors.toSet());
    }

    private static String module(Class<?> type) {
        return type.getName().split("\\.")[2];
    }
}
