package org.fazhi.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.fazhi.disclosure.internal.AnnualReportService;
import org.fazhi.disclosure.internal.AnnualReportService.Row;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Government information disclosure boots with only the modules it declares (shared, organization, audit, calendar,
 * files) inside the web frame, loads its demo records through its own services, and writes its annual report. The
 * enforcement module, which contributes the 行政处罚 figure of table 二 through {@link DisclosureFigures}, is absent,
 * so that figure is 0 — the module does not need it to start. Runs on its own in-memory H2 database, so that it never
 * touches the database of the platform-wide integration tests.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "web")
@ActiveProfiles("test")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:disclosure-slice;MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class DisclosureModuleSliceTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    AnnualReportService reports;

    @Autowired
    OrgDirectory directory;

    @Autowired
    Clock clock;

    @Test
    void starts_without_enforcement_mediation_publication_or_officers() {
        assertThat(context.getBeansOfType(DisclosureFigures.class)).isEmpty();
        for (String other : new String[] {"org.fazhi.enforcement", "org.fazhi.mediation", "org.fazhi.publication",
                "org.fazhi.officer"}) {
            assertThat(context.getBeanDefinitionNames()).noneMatch(name -> typeOf(name).startsWith(other));
        }
    }

    @Test
    void the_annual_report_counts_no_penalty_decisions_without_the_enforcement_module() {
        OrgUnitView sanxing = directory.all().stream().filter(u -> u.name().equals("三星镇")).findFirst()
                .orElseThrow();

        int year = LocalDate.now(clock).getYear();

        AnnualReportService.AnnualReport report = DataScope.asSystem(() -> reports.report(year, sanxing.id()));

        Row penalties = report.table2().rows().stream().filter(r -> r.label().equals("行政处罚")).findFirst()
                .orElseThrow();
        assertThat(penalties.values().get(3).longValue()).isZero();
        assertThat(report.consistent()).isTrue();
        assertThat(report.overview()).as("the demo report text, written through the module's own service").isNotBlank();
    }

    private String typeOf(String beanName) {
        Class<?> type = context.getType(beanName);
        return type == null ? "" : type.getName();
    }
}
