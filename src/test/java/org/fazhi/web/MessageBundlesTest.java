package org.fazhi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every Chinese text has its English counterpart, so switching the language never shows a raw key. */
class MessageBundlesTest {

    private static Properties load(Path p) throws Exception {
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(p)) {
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return props;
    }

    /**
     * An English text may quote a Chinese value that a Chinese file needs ({@code 是 (yes) or 否 (no)}), but is never
     * Chinese alone — a Chinese text copied into the English bundle would pass for translated. The one exception is
     * the language switch's own name of Chinese.
     */
    @Test
    void every_english_text_is_english_and_quotes_chinese_only_inside_an_english_sentence() throws Exception {
        Path dir = Path.of("src/main/resources/i18n");
        java.util.List<String> chineseOnly = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path en : files.filter(f -> f.getFileName().toString().endsWith("_en.properties")).toList()) {
                Properties p = load(en);
                for (String key : p.stringPropertyNames()) {
                    String text = p.getProperty(key);
                    if (!key.equals("lang.zh") && text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                            == Character.UnicodeScript.HAN) && !text.matches("(?s).*[A-Za-z]{2,}.*")) {
                        chineseOnly.add(en.getFileName() + ": " + key + "=" + text);
                    }
                }
            }
        }
        assertThat(chineseOnly).isEmpty();
    }

    @Test
    void every_bundle_has_the_same_keys_in_chinese_and_english() throws Exception {
        Path dir = Path.of("src/main/resources/i18n");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path zh : files.filter(f -> !f.getFileName().toString().contains("_")).toList()) {
                Path en = dir.resolve(zh.getFileName().toString().replace(".properties", "_en.properties"));
                assertThat(en).as("English bundle of " + zh.getFileName()).exists();
                assertThat(load(en).keySet()).as(en.getFileName().toString())
                        .containsExactlyInAnyOrderElementsOf(load(zh).keySet());
            }
        }
    }

    /**
     * A key written twice in one file keeps only its last text, silently: a message and a column heading that shared
     * a key made an error read as the heading.
     */
    @Test
    void no_bundle_defines_a_key_twice() throws Exception {
        java.util.List<String> twice = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/i18n"))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".properties")).sorted().toList()) {
                java.util.Set<String> seen = new java.util.HashSet<>();
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s*([^#!\\s=:][^=:\\s]*)\\s*[=:]")
                            .matcher(line);
                    if (m.find() && !seen.add(m.group(1))) {
                        twice.add(f.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(twice).isEmpty();
    }
}
