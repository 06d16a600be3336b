package org.fazhi.report.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a section with its placeholders: {@code {town}}, {@code {year}}, {@code {nextYear}} and figure keys
 * such as {@code {mediation.accepted}}. Pure functions: reading the defaults, listing and filling placeholders, and
 * finding where a number was typed over a figure.
 */
final class TemplateText {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9.]*)}");
    static final Set<String> BUILT_IN = Set.of("town", "year", "nextYear");
    /** How much text around a placeholder identifies its place when an edit replaces it. */
    private static final int CONTEXT = 6;
    private static final String NUMBER = "(\\d+(?:\\.\\d+)?%?)";

    private TemplateText() {
    }

    /** The default wording shipped with the platform: {@code == key} lines, each followed by its text. */
    static Map<String, String> defaults() {
        try (InputStream in = TemplateText.class.getResourceAsStream("/report/rule-of-law-templates.txt")) {
            Map<String, String> out = new LinkedHashMap<>();
            String key = null;
            StringBuilder text = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("== ")) {
                    if (key != null) {
                        out.put(key, text.toString().strip());
                    }
                    key = line.substring(3).strip();
                    text.setLength(0);
                } else if (key != null) {
                    text.append(line).append('\n');
                }
            }
            if (key != null) {
                out.put(key, text.toString().strip());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The figure keys a text names, in order of first appearance (built-ins left out). */
    static Set<String> figureKeys(String text) {
        Set<String> keys = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!BUILT_IN.contains(m.group(1))) {
                keys.add(m.group(1));
            }
        }
        return keys;
    }

    /** The text with each placeholder replaced by {@code value} (a placeholder it does not know is left as is). */
    static String fill(String text, Function<String, String> value) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = value.apply(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(v == null ? m.group() : v));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The figures of {@code before} whose placeholder {@code after} replaced by a number: key → the number typed. A
     * placeholder's place is the text just around it in {@code before} (other placeholders filled with
     * {@code value}); the number found there in {@code after} is the one typed.
     */
    static Map<String, String> typedOver(String before, String after, Function<String, String> value) {
        Map<String, String> typed = new LinkedHashMap<>();
        Set<String> kept = figureKeys(after);
        Matcher m = PLACEHOLDER.matcher(before);
        while (m.find()) {
            String key = m.group(1);
            if (BUILT_IN.contains(key) || kept.contains(key)) {
                continue;
            }
            String head = fill(before.substring(0, m.start()), value);
            String tail = fill(before.substring(m.end()), value);
            String prefix = head.substring(Math.max(0, head.length() - CONTEXT));
            String suffix = tail.substring(0, Math.min(CONTEXT, tail.length()));
            Matcher found = Pattern.compile(Pattern.quote(prefix) + NUMBER + Pattern.quote(suffix)).matcher(after);
            if (found.find()) {
                typed.put(key, found.group(1));
            }
        }
        return typed;
    }
}
