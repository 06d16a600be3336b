package org.fazhi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.StaffSession;
import org.junit.jupiter.api.Test;

/**
 * Every figure on every dashboard — of each role, every section the modules contribute — says its period and is a
 * link to the list of the records it counts; the list shows as many as the figure says. Years and codes are printed
 * as written: no rendered dashboard carries a number with a thousands separator.
 */
class DashboardFiguresTest extends IntegrationTest {

    private static final List<String> USERS = List.of("leader", "reviewer", "officer1", "mediator",
            "village-mediator", "counsel", "village-counsel", "clerk", "supervisor", "admin", "secadmin", "auditor",
            "t2-clerk");

    private static final Pattern SECTION = Pattern.compile("hx-get=\"([^\"]+)\"");
    private static final Pattern FIGURE = Pattern.compile(
            "<a class=\"d-block text-decoration-none fz-figure\" href=\"([^\"]+)\"[^>]*>\\s*"
                    + "<span class=\"d-block fz-card-figure[^\"]*\" id=\"([^\"]+)\">([^<]*)</span>\\s*"
                    + "<span class=\"d-block small text-body\">([^<]*)</span>\\s*"
                    + "<span class=\"d-block small text-muted fz-period\">([^<]*)</span>");
    private static final Pattern TOTAL = Pattern.compile("共 ([0-9,]+) [条件]");
    private static final Pattern GROUPED = Pattern.compile("\\d,\\d{3}");

    /** One figure as rendered: where it leads, its id, value, label and period. */
    record Shown(String user, String section, String href, String id, String value, String label, String period) {
    }

    private static List<String> sectionsOf(String dashboard) {
        List<String> urls = new ArrayList<>();
        Matcher m = SECTION.matcher(dashboard);
        while (m.find()) {
            urls.add(m.group(1));
        }
        return urls;
    }

    private static List<Shown> figures(String user, String section, String body) {
        List<Shown> out = new ArrayList<>();
        Matcher m = FIGURE.matcher(body);
        while (m.find()) {
            out.add(new Shown(user, section, m.group(1).replace("&amp;", "&"), m.group(2), m.group(3).strip(),
                    m.group(4).strip(), m.group(5).strip()));
        }
        return out;
    }

    private static int occurrences(String body, String text) {
        return body.split(Pattern.quote(text), -1).length - 1;
    }

    @Test
    void every_figure_of_every_dashboard_says_its_period_and_leads_to_as_many_records_as_it_counts() {
        int checked = 0;
        for (String user : USERS) {
            StaffSession s = StaffSession.signIn(baseUrl(), user, PASSWORD);
            String dashboard = s.get("/dashboard").body();
            List<String> pages = new ArrayList<>(List.of("/dashboard"));
            pages.addAll(sectionsOf(dashboard));
            for (String page : pages) {
                String body = page.equals("/dashboard") ? dashboard : s.get(page).body();
                List<Shown> shown = figures(user, page, body);
                assertThat(shown).as(user + " " + page + ": every figure is a link with its period")
                        .hasSize(occurrences(body, "fz-card-figure"));
                for (Shown f : shown) {
                    assertThat(f.period()).as(f.toString()).matches("(本年（\\d{4}年）|截至\\d{4}-\\d{2}-\\d{2}"
                            + "|\\d{4}-\\d{2}-\\d{2}当日|\\d{4}年)");
                    assertThat(f.label()).as(f.toString()).isNotBlank();
                    var target = s.get(f.href());
                    assertThat(target.statusCode()).as(f.toString()).isEqualTo(200);
                    if (f.value().matches("\\d+") && !f.href().startsWith("/org")) {
                        Matcher total = TOTAL.matcher(target.body());
                        assertThat(total.find()).as(f + ": the list says how many").isTrue();
                        assertThat(total.group(1).replace(",", "")).as(f.toString()).isEqualTo(f.value());
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(40);
    }

    @Test
    void no_rendered_dashboard_prints_a_year_or_a_code_with_a_thousands_separator() {
        for (String user : USERS) {
            StaffSession s = StaffSession.signIn(baseUrl(), user, PASSWORD);
            String dashboard = s.get("/dashboard").body();
            assertThat(dashboard).as(user + " /dashboard").doesNotContainPattern(GROUPED);
            for (String section : sectionsOf(dashboard)) {
                assertThat(s.get(section).body()).as(user + " " + section).doesNotContainPattern(GROUPED);
            }
        }
    }
}
