package org.fazhi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fazhi.support.Browser;
import org.fazhi.support.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * 大字模式 on a phone (适老化): every public page offers the large-text switch and the language switch; with large text
 * on, the body text is at least 20 px and every heading larger, the page still fits a 390 px wide phone without
 * sideways scrolling, and no button breaks a word in two — in Chinese and in English.
 */
class LargeTextOnAPhoneBrowserTest extends BrowserTest {

    /** A phone's width in CSS pixels (iPhone 12 to 15). */
    static final int PHONE_WIDTH = 390;


    /** The size of the body text, of the smallest visible heading, and the page's width, in CSS pixels. */
    private static final String MEASURE = """
            const px = e => parseFloat(getComputedStyle(e).fontSize);
            const visible = e => e.offsetParent !== null && e.getClientRects().length > 0;
            const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter(visible);
            return {
              body: px(document.body),
              smallestHeading: headings.length ? Math.min(...headings.map(px)) : 999,
              width: document.scrollingElement.scrollWidth,
              large: document.documentElement.classList.contains('fz-large')
            };""";

    /**
     * Buttons whose text breaks to a new line inside a word: between two characters with no space, dash or slash
     * between them (a Chinese word split after a character, an English word split in the middle).
     */
    private static final String BROKEN_BUTTONS = """
            const broken = [];
            for (const b of document.querySelectorAll('button, .btn, input[type=submit]')) {
              if (b.offsetParent === null) continue;
              const walker = document.createTreeWalker(b, NodeFilter.SHOW_TEXT);
              let top = null, previous = ' ', node;
              while ((node = walker.nextNode())) {
                const t = node.textContent;
                for (let i = 0; i < t.length; i++) {
                  if (/\\s/.test(t[i])) { previous = ' '; continue; }
                  const r = document.createRange();
                  r.setStart(node, i);
                  r.setEnd(node, i + 1);
                  const rect = r.getClientRects()[0];
                  if (!rect) continue;
                  if (top !== null && rect.top > top + 2 && !/[\\s\\/\\-·,，、]/.test(previous)) {
                    broken.push(b.textContent.trim());
                  }
                  top = rect.top;
                  previous = t[i];
                }
              }
            }
            return broken;""";

    @BeforeEach
    void aPhone() {
        browser.manage().deleteAllCookies();
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", PHONE_WIDTH, "height", 844, "deviceScaleFactor", 2, "mobile", true));
    }

    @AfterEach
    void aDesktopAgain() {
        browser.executeScript("localStorage.removeItem('fz-large');");
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    @Test
    void every_public_page_in_large_text_has_20_px_body_text_larger_headings_and_fits_a_phone_in_chinese() {
        assertLargeTextFitsEveryPage("zh_CN");
    }

    @Test
    void every_public_page_in_large_text_has_20_px_body_text_larger_headings_and_fits_a_phone_in_english() {
        assertLargeTextFitsEveryPage("en");
    }

    @Test
    void the_large_text_switch_grows_the_text_and_is_remembered_from_page_to_page() {
        browser.get(baseUrl() + "/?lang=zh_CN");
        double normal = ((Number) measure().get("body")).doubleValue();
        assertThat(browser.findElement(By.id("fz-large-toggle")).getAttribute("aria-pressed")).isEqualTo("false");

        click(browser.findElement(By.id("fz-large-toggle")));

        assertThat(((Number) measure().get("body")).doubleValue()).isGreaterThanOrEqualTo(20).isGreaterThan(normal);
        assertThat(browser.findElement(By.id("fz-large-toggle")).getAttribute("aria-pressed")).isEqualTo("true");
        browser.get(baseUrl() + "/?lang=zh_CN");
        assertThat(measure().get("large")).isEqualTo(true);
        click(browser.findElement(By.id("fz-large-toggle")));
        assertThat(((Number) measure().get("body")).doubleValue()).isEqualTo(normal);
    }

    private void assertLargeTextFitsEveryPage(String lang) {
        browser.get(baseUrl() + "/?lang=" + lang);
        browser.executeScript("localStorage.setItem('fz-large', '1');");
        List<String> problems = new ArrayList<>();
        for (String page : portalPages()) {
            browser.get(baseUrl() + page);
            if (!present("fz-large-toggle") || !present("lang-zh") || !present("lang-en")) {
                problems.add(page + ": no large-text or language switch");
                continue;
            }
            Map<String, Object> m = measure();
            double body = ((Number) m.get("body")).doubleValue();
            double heading = ((Number) m.get("smallestHeading")).doubleValue();
            long width = ((Number) m.get("width")).longValue();
            if (!Boolean.TRUE.equals(m.get("large"))) {
                problems.add(page + ": large text is not on");
            }
            if (body < 20) {
                problems.add(page + ": body text " + body + " px");
            }
            if (heading <= body) {
                problems.add(page + ": a heading of " + heading + " px is not larger than the body text");
            }
            if (width > PHONE_WIDTH) {
                problems.add(page + ": " + width + " px wide, scrolls sideways");
            }
            @SuppressWarnings("unchecked")
            List<String> broken = (List<String>) browser.executeScript(BROKEN_BUTTONS);
            if (!broken.isEmpty()) {
                problems.add(page + ": buttons break inside a word: " + broken);
            }
            Browser.screenshot(browser, "large-text-" + lang + page.replaceAll("[^a-z0-9]+", "-"));
        }
        assertThat(problems).isEmpty();
    }

    /**
     * The public pages as a citizen reaches them: the front page, then every page of the first town's portal that
     * its links lead to (one of each kind: one decision, one catalogue item), and a search.
     */
    private List<String> portalPages() {
        List<String> pages = new ArrayList<>(List.of("/"));
        java.util.Set<String> kinds = new java.util.HashSet<>();
        java.util.Deque<String> queue = new java.util.ArrayDeque<>(List.of("/"));
        String town = null;
        while (!queue.isEmpty() && pages.size() < 20) {
            browser.get(baseUrl() + queue.poll());
            @SuppressWarnings("unchecked")
            List<String> links = (List<String>) browser.executeScript(
                    "return [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'));");
            for (String link : links) {
                if (town == null && link.matches("/portal/[^/?#]+")) {
                    town = link;
                }
                if (town == null || !link.startsWith(town) || link.contains("lang=") || link.contains("#")) {
                    continue;
                }
                String kind = link.replaceAll("\\d+", "#").replaceAll("\\?.*", "");
                if (kinds.add(kind) || pages.size() < 2) {
                    pages.add(link);
                    queue.add(link);
                }
            }
        }
        assertThat(town).as("a town's portal linked from the front page").isNotNull();
        pages.add(town + "/search?q=调解");
        assertThat(pages).as("public pages found").hasSizeGreaterThan(8);
        return pages;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> measure() {
        return (Map<String, Object>) browser.executeScript(MEASURE);
    }
}
