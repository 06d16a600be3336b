package org.fazhi.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.fazhi.organization.DemoCalendar;
import org.fazhi.organization.DemoDataContributor;
import org.fazhi.organization.RunAs;
import org.fazhi.organization.scope.DataScope;
import org.junit.jupiter.api.Test;

class DemoLoadTest {

    private static final RunAs AS_ANYONE = new RunAs() {
        @Override
        public <T> T as(String username, Supplier<T> work) {
            return work.get();
        }
    };
    private static final DemoCalendar DATES = new DemoCalendar(LocalDate.of(2026, 12, 7),
            DemoCalendar.WorkingDays.WEEKDAYS);

    private final List<String> loaded = new CopyOnWriteArrayList<>();

    @Test
    void eachLaneKeepsItsOrderAndTheSummingUpComesAfterBoth() {
        DemoLoad.run(List.of(contributor("report", 1000, false), contributor("mediation", 300, true),
                contributor("enforcement", 70, false), contributor("legalTeam", 80, true),
                contributor("officers", 60, false), contributor("supervision", 900, true)), AS_ANYONE, DATES);

        assertThat(loaded).containsSubsequence("officers@main", "enforcement@main");
        assertThat(loaded).containsSubsequence("legalTeam@demo-data", "mediation@demo-data");
        assertThat(loaded.subList(4, 6)).containsExactly("supervision@main", "report@main");
    }

    @Test
    void theSecondLaneLoadsInTheSystemScope() {
        DemoLoad.run(List.of(new DemoDataContributor() {
            @Override
            public boolean standsAlone() {
                return true;
            }

            @Override
            public void load(RunAs runAs, DemoCalendar dates) {
                loaded.add(DataScope.current().system() ? "system" : "user");
            }
        }), AS_ANYONE, DATES);

        assertThat(loaded).containsExactly("system");
    }

    @Test
    void aFailureInTheSecondLaneFailsTheLoadBeforeTheSummingUp() {
        DemoDataContributor failing = new DemoDataContributor() {
            @Override
            public boolean standsAlone() {
                return true;
            }

            @Override
            public void load(RunAs runAs, DemoCalendar dates) {
                throw new IllegalStateException("演示数据无效");
            }
        };

        assertThatThrownBy(() -> DemoLoad.run(List.of(failing, contributor("officers", 60, false),
                contributor("report", 1000, false)), AS_ANYONE, DATES))
                .isInstanceOf(IllegalStateException.class).hasMessage("演示数据无效");
        assertThat(loaded).containsExactly("officers@main");
    }

    private DemoDataContributor contributor(String name, int order, boolean standsAlone) {
        return new DemoDataContributor() {
            @Override
            public int order() {
                return order;
            }

            @Override
            public boolean standsAlone() {
                return standsAlone;
            }

            @Override
            public void load(RunAs runAs, DemoCalendar dates) {
                String thread = Thread.currentThread().getName();
                loaded.add(name + "@" + (thread.equals("demo-data") ? "demo-data" : "main"));
            }
        };
    }
}
