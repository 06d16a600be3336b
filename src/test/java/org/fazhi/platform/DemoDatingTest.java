package org.fazhi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fazhi.FazhiApplication;
import org.fazhi.officer.OfficerStatistics;
import org.fazhi.organization.RunAs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * The demo data is dated from the day of the first start, whatever that day is: the year before carries the figures
 * of 三星镇's report, the year so far is a living year, and the deadlines a new installation opens on fall in the
 * coming days, with a few overdue this month and none from an earlier month. Each start runs on its own database with
 * the platform's clock fixed at the day: a new year's first Sunday in a year whose official calendar is not entered
 * (provisional), the Spring Festival holiday, and the first day of a month in a later year.
 */
class DemoDatingTest {

    private static ConfigurableApplicationContext startOn(LocalDate day) {
        Path dir = Path.of("target", "demo-dating", day.toString());
        FileSystemUtils.deleteRecursively(dir.toFile());
        Clock fixed = Clock.fixed(day.atTime(9, 30).atZone(FazhiApplication.ZONE).toInstant(), FazhiApplication.ZONE);
        BeanPostProcessor clockOfTheDay = new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof Clock ? fixed : bean;
            }
        };
        return new SpringApplicationBuilder(FazhiApplication.class)
                .initializers(ctx -> ctx.getBeanFactory().addBeanPostProcessor(clockOfTheDay))
                .run("--server.port=0",
                        "--spring.datasource.url=jdbc:h2:mem:demo-" + day
                                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                        "--fazhi.demo.enabled=true",
                        "--fazhi.demo.password=Demo-Passw0rd",
                        "--fazhi.files.dir=" + dir.resolve("files"),
                        "--fazhi.audit.key-file=" + dir.resolve("audit.key"),
                        "--spring.jmx.enabled=false");
    }

    /**
     * Seven duties are overdue when the month has a working day before today (the sample evidence decision, an
     * application, a catalogue item, a publication, a contingency plan's evaluation, a legal question's answer and a
     * task of the year's rule-of-law work plan): on
     * Sunday 3 January 2027
     * since Friday 1 January (2027 not entered, so a working day), on 16 February 2026 since Friday 13 February (the
     * plan's evaluation since Saturday 14 February, an adjusted working day); none on Sunday 1 July 2029.
     */
    @ParameterizedTest
    @CsvSource({"2027-01-03, 7", "2026-02-16, 7", "2029-07-01, 0"})
    void the_demo_loads_on_any_day_with_its_deadlines_ahead_and_none_overdue_from_before_this_month(String date,
                                                                                               int overdueThisMonth) {
        LocalDate today = LocalDate.parse(date);
        LocalDate firstOfMonth = today.withDayOfMonth(1);
        int lastYear = today.getYear() - 1;
        try (var ctx = startOn(today)) {
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from installation_flag where name = 'demo-data'",
                    Integer.class)).isOne();

            List<Map<String, Object>> running = jdbc.queryForList(
                    "select title, due_date from deadline_clock where state = 'RUNNING' order by due_date");
            List<String> overdue = running.stream()
                    .filter(c -> ((java.sql.Date) c.get("due_date")).toLocalDate().isBefore(today))
                    .map(c -> c.get("due_date") + " " + c.get("title")).toList();
            List<String> overdueBeforeThisMonth = running.stream()
                    .filter(c -> ((java.sql.Date) c.get("due_date")).toLocalDate().isBefore(firstOfMonth))
                    .map(c -> c.get("due_date") + " " + c.get("title")).toList();
            long dueInTheComingDays = running.stream().map(c -> ((java.sql.Date) c.get("due_date")).toLocalDate())
                    .filter(d -> !d.isBefore(today) && !d.isAfter(today.plusDays(14))).count();

            assertThat(overdueBeforeThisMonth).as("overdue from before this month").isEmpty();
            assertThat(overdue).as("overdue this month").hasSize(overdueThisMonth);
            assertThat(dueInTheComingDays).as("due in the next two weeks").isGreaterThanOrEqualTo(3);

            // each desk's own dashboard (its clocks and its unit's) has work due in the coming days
            for (String user : List.of("reviewer", "officer1", "mediator", "clerk")) {
                assertThat(jdbc.queryForObject("select count(*) from deadline_clock c join app_user u "
                        + "on u.username = ? where c.state = 'RUNNING' and (c.assignee = u.username "
                        + "or c.holder_unit_id = u.home_unit_id) and c.due_date between ? and ?", Long.class, user,
                        today, today.plusDays(14)))
                        .as("due in the next two weeks for " + user).isPositive();
            }

            // the year before carries the report's figures: 11 certificates applied for, 10 renewed
            long sanxing = jdbc.queryForObject("select id from org_unit where name = '三星镇'", Long.class);
            OfficerStatistics.Figures figures = ctx.getBean(RunAs.class).as("reviewer",
                    () -> ctx.getBean(OfficerStatistics.class).of(lastYear, sanxing));
            assertThat(figures.certificatesIssued()).isEqualTo(11);
            assertThat(figures.certificatesRenewed()).isEqualTo(10);
            // this year's decisions on the publication desk are decisions of the enforcement records (a case or a
            // decision entered from paper), so that the two dashboards count the same decisions
            assertThat(jdbc.queryForList("select p.case_number from publication p where p.decided_on >= ? "
                    + "and not exists (select 1 from penalty_case c where c.town_id = p.town_id "
                    + "and c.case_number = p.case_number) and not exists (select 1 from past_penalty_decision d "
                    + "where d.town_id = p.town_id and d.case_number = p.case_number)", String.class,
                    today.withDayOfYear(1))).as("publications of this year without an enforcement record").isEmpty();
            // and nothing of the demo happens after today
            assertThat(jdbc.queryForObject("select count(*) from mediation_dispute where accepted_on > ?",
                    Long.class, today)).isZero();
        }
    }
}
