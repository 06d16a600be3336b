package org.fazhi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import javax.sql.DataSource;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.PageCrawl;
import org.fazhi.support.PageTexts;
import org.fazhi.support.StaffSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every console page, as every demo role reaches it from the dashboard and the menu, and every portal page, in Chinese
 * and in English: no error answer, no message key, class name, {@code null}, field name or code where a label belongs,
 * and on the English pages no Chinese outside the data (see {@link PageTexts}).
 */
class EveryPageSpeaksItsLanguageTest extends IntegrationTest {

    /** One account of every role of the demo installation, both towns and the district. */
    static final List<String> ROLES = List.of("admin", "secadmin", "auditor", "supervisor", "leader", "reviewer",
            "officer1", "mediator", "village-mediator", "counsel", "village-counsel", "clerk", "duty-officer", "t2-admin");

    @Autowired
    DataSource dataSource;

    PageTexts texts;

    @BeforeEach
    void texts() {
        texts = new PageTexts(storedTexts());
    }

    /** Pages read in the current walk: a walk that read almost nothing (a failed sign-in) proves nothing. */
    final java.util.concurrent.atomic.AtomicInteger pagesRead = new java.util.concurrent.atomic.AtomicInteger();

    // The Chinese walk below visits every page on PostgreSQL as well; the English walk reads the same pages again
    // for their language only, so it runs once, on the embedded database (tag "one-database", see the POM).
    @Test
    @Tag("one-database")
    void every_console_page_of_every_role_is_in_english_when_english_is_chosen() {
        assertThat(walkConsole("en")).isEmpty();
        assertThat(pagesRead).hasValueGreaterThan(300);
    }

    @Test
    void every_console_page_of_every_role_is_in_chinese_by_default() {
        assertThat(walkConsole("zh_CN")).isEmpty();
        assertThat(pagesRead).hasValueGreaterThan(300);
    }

    @Test
    void every_portal_page_is_in_english_when_english_is_chosen() {
        assertThat(walkPortal("en")).isEmpty();
        assertThat(pagesRead).hasValueGreaterThan(8);
    }

    @Test
    void every_portal_page_is_in_chinese_by_default() {
        assertThat(walkPortal("zh_CN")).isEmpty();
        assertThat(pagesRead).hasValueGreaterThan(8);
    }

    private List<String> walkConsole(String lang) {
        List<String> findings = new ArrayList<>();
        for (String user : ROLES) {
            StaffSession s = StaffSession.signIn(baseUrl(), user, PASSWORD);
            // the portal is walked on its own, once, not again from every console
            findings.addAll(walk(user, lang, path -> !path.equals("/") && !path.startsWith("/portal")
                    && !path.startsWith("/?"), s::get, "/dashboard?lang=" + lang));
        }
        return findings;
    }

    private List<String> walkPortal(String lang) {
        StaffSession citizen = StaffSession.anonymous(baseUrl());
        return walk("citizen", lang, path -> true, citizen::get, "/?lang=" + lang);
    }

    private List<String> walk(String user, String lang, java.util.function.Predicate<String> within,
                              Function<String, HttpResponse<String>> get, String start) {
        boolean english = lang.equals("en");
        List<PageCrawl.Finding> found = PageCrawl.walk(List.of(start), within, get,
                p -> {
                    pagesRead.incrementAndGet();
                    return texts.problems(p.document(), english);
                });
        // one line per problem and the pages it was seen on, so a missing label is reported once, not on every page
        Map<String, Set<String>> byProblem = new TreeMap<>();
        for (PageCrawl.Finding f : found) {
            byProblem.computeIfAbsent(f.problem(), k -> new java.util.TreeSet<>()).add(f.path());
        }
        List<String> lines = new ArrayList<>();
        byProblem.forEach((problem, pages) -> lines.add(user + " [" + lang + "] " + problem + " — on "
                + pages.stream().limit(3).toList() + (pages.size() > 3 ? " and " + (pages.size() - 3) + " more" : "")));
        report(lines);
        return lines;
    }

    /** Keeps the findings in target/, to read them whole where the assertion's message is cut. */
    private static synchronized void report(List<String> lines) {
        try {
            java.nio.file.Path file = java.nio.file.Path.of("target", "page-language-findings.txt");
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.write(file, lines, java.nio.charset.StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            // the assertion still names every finding
        }
    }

    /** The texts the database holds (names, titles, free texts): what may stay Chinese on an English page. */
    private Set<String> storedTexts() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Set<String> values = new HashSet<>();
        List<Map<String, Object>> columns = jdbc.queryForList("""
                select table_name, column_name from information_schema.columns
                where lower(table_schema) = 'public' and lower(data_type) in ('character varying', 'text', 'varchar',
                      'character large object', 'clob')
                  and lower(table_name) not like 'audit%' and lower(table_name) not like 'flyway%'""");
        for (Map<String, Object> c : columns) {
            String sql = "select distinct " + c.get("column_name") + " from " + c.get("table_name")
                    + " where " + c.get("column_name") + " is not null";
            for (String v : jdbc.queryForList(sql, String.class)) {
                if (v.length() <= 400) {
                    values.add(v.strip().replaceAll("\\s+", " "));
                }
                for (String line : v.split("\\R")) {
                    values.add(line.strip().replaceAll("\\s+", " "));
                }
            }
        }
        return values;
    }
}
