package org.fazhi.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.OrgUnitType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * People's mediation boots with only the modules it declares (shared, organization, audit, calendar, files, ledger):
 * none of the other business modules is needed for it to start, migrate and answer its figures. Runs on its own
 * in-memory H2 database, so that it never touches the database of the platform-wide integration tests.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "web")
@ActiveProfiles("test")
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:mediation-slice;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "fazhi.demo.enabled=false"})
class MediationModuleSliceTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    MediationStatistics statistics;

    @Autowired
    OrgDirectory directory;

    @Test
    void starts_without_enforcement_disclosure_publication_or_officers() {
        assertThat(context.getBeanNamesForType(MediationStatistics.class)).hasSize(1);
        for (String other : new String[] {"org.fazhi.enforcement", "org.fazhi.disclosure", "org.fazhi.publication",
                "org.fazhi.officer"}) {
            assertThat(context.getBeanDefinitionNames()).noneMatch(name -> typeOf(name).startsWith(other));
        }
    }

    @Test
    void answers_the_figures_of_an_empty_installation() {
        OrgUnitView district = directory.all().stream().filter(u -> u.type() == OrgUnitType.DISTRICT).findFirst()
                .orElseThrow();
        int year = Year.now().getValue();

        MediationFigures figures = DataScope.asSystem(() -> statistics.of(year, district.id()));

        assertThat(figures.accepted()).isZero();
        assertThat(figures.successRate()).isNull();
    }

    private String typeOf(String beanName) {
        Class<?> type = context.getType(beanName);
        return type == null ? "" : type.getName();
    }
}
