package org.fazhi.support;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * What a page must not show a person, in either language: a message key in place of its text ({@code ??key??} or
 * {@code module.key.name}), a Java class name or {@code org.fazhi}, the word {@code null}, a field name
 * ({@code localityId}), a code where a label belongs (an UPPER_SNAKE_CASE token, or any constant of the platform's
 * enums); and on an English page no Chinese character outside the data.
 *
 * <p>Data is what the database holds: names of people, places and units, case titles and numbers, free texts, and
 * names masked for display ({@code 王某}). A Chinese run on an English page is accepted only as part of such a stored
 * value, or where the English bundle itself quotes it (a value to type into a Chinese ledger: {@code 是 (yes)}), or
 * inside an element marked as Chinese on purpose — {@code lang="zh-CN"} (a ledger's own column names, a statutory
 * form published in Chinese, the language switch's 中文) or {@code translate="no"} (a recorded text shown as it was
 * written: an audit reason). Everything else — labels, headings, buttons, table heads, badges, options, messages —
 * comes from the bundles and must be English. Codes are allowed only inside {@code <code>} (the audit trail's record
 * of a change) and {@code translate="no"}.
 */
public final class PageTexts {

    private static final Pattern MISSING_KEY = Pattern.compile("\\?\\?[^?\\s]+\\?\\?");
    private static final Pattern DOTTED = Pattern.compile("(?<![\\w./@-])[a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+");
    private static final Pattern CLASS_NAME = Pattern.compile(
            "org\\.fazhi|\\b(?:java|jakarta|org\\.springframework)\\.[a-z]+|\\b[A-Z]\\w+(?:Exception|Error)\\b"
                    + "|\\b[A-Z][A-Za-z]+\\[[a-z]\\w*=|\\b[A-Z][A-Za-z.$]+@[0-9a-f]{4,}\\b");
    private static final Pattern NULL = Pattern.compile("\\bnull\\b");
    private static final Pattern CAMEL = Pattern.compile("(?<![\\w./@-])[a-z]+(?:[A-Z][a-z0-9]+)+(?![\\w.-])");
    private static final Pattern UPPER = Pattern.compile("(?<![\\w-])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*(?![\\w-])");
    private static final Pattern SIMPLE_CLASS = Pattern.compile("(?<![\\w.])[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+(?![\\w.])");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** A run of Chinese: characters and the full-width punctuation between them. */
    private static final Pattern CHINESE_RUN = Pattern.compile("[\\p{IsHan}〔〕（）【】《》“”、，：；。·]+");
    /** Chinese characters in a row, without 某 (the mark a redacted name leaves). */
    private static final Pattern HAN_RUN = Pattern.compile("[\\p{IsHan}&&[^某]]+");
    /** A name masked for display: the surname and 某, or stars. */
    private static final Pattern MASKED_NAME = Pattern.compile("\\p{IsHan}(?:某|\\*+|＊+)");
    /** Abbreviations that are English words on a page, not codes. */
    private static final Set<String> ABBREVIATIONS = Set.of("API", "CSV", "XLSX", "DOCX", "PDF", "ID", "SHA", "HTTP",
            "URL", "OK", "GBK", "UTF", "MB", "KB", "GB", "AM", "PM", "NO", "PRC", "QR", "UI", "JSON", "SMS", "RMB",
            "CNY", "TO", "DO", "IN", "ON", "OR", "AN", "A", "I");

    private final Set<String> keys = new HashSet<>();
    private final Set<String> keyPrefixes = new HashSet<>();
    private final Set<String> enumConstants = new HashSet<>();
    private final Set<String> classNames = new HashSet<>();
    /** The Chinese runs the English bundle quotes on purpose. */
    private final Set<String> quoted = new HashSet<>();
    private final List<String> data;
    /** Every stored value in one text, to find a fragment of one. */
    private final String corpus;

    /**
     * @param data the stored values that may appear in Chinese on an English page (names, titles, free texts)
     */
    public PageTexts(Set<String> data) {
        loadKeys();
        loadEnumConstants();
        this.data = data.stream().filter(v -> HAN.matcher(v).find()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.corpus = String.join("\u0001", this.data);
    }

    /** What the page shows that it must not, one line each. */
    public List<String> problems(Document page, boolean english) {
        Set<String> problems = new LinkedHashSet<>();
        for (Shown s : shown(page)) {
            String t = s.text();
            find(problems, MISSING_KEY, t, s, "untranslated key");
            Matcher d = DOTTED.matcher(t);
            while (d.find()) {
                String token = d.group();
                if (keys.contains(token) || keyPrefixes.contains(token.substring(0, token.indexOf('.')))
                        && token.chars().filter(c -> c == '.').count() >= 2) {
                    problems.add("raw message key '" + token + "' in " + s.where());
                }
            }
            find(problems, CLASS_NAME, t, s, "class name");
            Matcher simple = SIMPLE_CLASS.matcher(t);
            while (simple.find()) {
                if (classNames.contains(simple.group())) {
                    problems.add("class name '" + simple.group() + "' in " + s.where());
                }
            }
            find(problems, NULL, t, s, "the word null");
            find(problems, CAMEL, t, s, "field name");
            if (s.chineseOnPurpose()) {
                continue;
            }
            Matcher u = UPPER.matcher(t);
            while (u.find()) {
                String token = u.group();
                if (!ABBREVIATIONS.contains(token) && (token.contains("_") || enumConstants.contains(token))) {
                    problems.add("code '" + token + "' in " + s.where());
                }
            }
            if (english) {
                String rest = withoutData(t);
                if (HAN.matcher(rest).find() && !s.isLabel()) {
                    rest = withoutDataFragments(withoutQuotes(t));
                }
                if (HAN.matcher(rest).find()) {
                    problems.add("Chinese '" + rest.strip() + "' in " + s.where());
                }
            }
        }
        return new ArrayList<>(problems);
    }

    private static void find(Set<String> problems, Pattern p, String text, Shown s, String what) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            problems.add(what + " '" + m.group() + "' in " + s.where());
        }
    }

    /**
     * The text without its data, its masked names and the Chinese the English bundle quotes: tried with the stored
     * values taken out first (a case number that contains a quoted character) and with the quotes first (a quoted
     * list that contains a stored word); what is left when neither leaves nothing is untranslated.
     */
    private String withoutData(String text) {
        if (!HAN.matcher(text).find()) {
            return text;
        }
        String dataFirst = withoutQuotes(withoutStored(text));
        return HAN.matcher(dataFirst).find() ? withoutStored(withoutQuotes(text)) : dataFirst;
    }

    /**
     * Prose (a table cell, a paragraph, a heading) may show a stored text transformed — redacted for publication, cut
     * short — so there a Chinese run of two or more characters found inside a stored value is data too, and so is a
     * surname (one or two characters) before the 某 that replaced a name. Labels, table heads, buttons, options and
     * badges get no such leeway: they show stored values whole or bundle texts.
     */
    private String withoutDataFragments(String text) {
        Matcher run = HAN_RUN.matcher(text);
        StringBuilder rest = new StringBuilder();
        while (run.find()) {
            String r = run.group();
            boolean surname = r.length() <= 2 && run.end() < text.length() && text.charAt(run.end()) == '某';
            boolean stored = r.length() >= 2 && corpus.contains(r);
            // a published text with its personal data masked (＊＊＊) is stored data, redacted
            boolean redacted = text.indexOf('＊') >= 0;
            run.appendReplacement(rest, surname || stored || redacted ? " " : Matcher.quoteReplacement(r));
        }
        run.appendTail(rest);
        return rest.toString().replace("某", " ");
    }

    private String withoutStored(String text) {
        String rest = MASKED_NAME.matcher(text).replaceAll(" ");
        for (String value : data) {
            if (!HAN.matcher(rest).find()) {
                return rest;
            }
            if (rest.contains(value)) {
                rest = rest.replace(value, " ");
            }
        }
        return rest;
    }

    private String withoutQuotes(String text) {
        Matcher run = CHINESE_RUN.matcher(text);
        StringBuilder rest = new StringBuilder();
        while (run.find()) {
            run.appendReplacement(rest, quoted.contains(run.group()) ? " " : Matcher.quoteReplacement(run.group()));
        }
        run.appendTail(rest);
        return rest.toString();
    }

    /** A text a person sees (or hears from a screen reader), and the element it belongs to. */
    record Shown(String text, Element element, String attribute) {

        /**
         * A label, table head, button, option, badge or attribute: text the page itself gives, not prose (a heading
         * may be a record's title, redacted for publication).
         */
        boolean isLabel() {
            if (attribute != null) {
                return true;
            }
            for (Element e = element; e != null && !e.tagName().equals("body"); e = e.parent()) {
                if (e.tagName().matches("th|label|button|option|optgroup|legend|dt|caption|summary|title")
                        || e.hasClass("badge") || e.hasClass("btn") || e.hasClass("card-header")) {
                    return true;
                }
            }
            return false;
        }

        /** Inside an element marked as Chinese on purpose ({@code lang="zh…"} below the root, {@code translate="no"}). */
        boolean chineseOnPurpose() {
            for (Element e = element; e != null && !e.tagName().equals("html"); e = e.parent()) {
                if (e.attr("lang").startsWith("zh") || e.attr("translate").equals("no")) {
                    return true;
                }
            }
            return false;
        }

        String where() {
            String id = element.id().isEmpty() ? "" : "#" + element.id();
            String cls = element.className().isEmpty() ? "" : "." + element.className().trim().replace(' ', '.');
            String head = "<" + element.tagName() + id + (cls.length() > 40 ? cls.substring(0, 40) : cls) + ">";
            return attribute == null ? head : head + "@" + attribute;
        }
    }

    private static final List<String> ATTRIBUTES = List.of("placeholder", "title", "aria-label", "alt", "label");

    private static List<Shown> shown(Document page) {
        List<Shown> shown = new ArrayList<>();
        Element title = page.selectFirst("head > title");
        if (title != null) {
            shown.add(new Shown(title.text(), title, null));
        }
        NodeTraversor.traverse((Node node, int depth) -> {
            if (node instanceof TextNode t && !t.isBlank() && !inCode(t)) {
                shown.add(new Shown(t.text(), (Element) t.parent(), null));
            } else if (node instanceof Element e) {
                for (String a : ATTRIBUTES) {
                    if (e.hasAttr(a) && !e.attr(a).isBlank()) {
                        shown.add(new Shown(e.attr(a), e, a));
                    }
                }
                if (e.tagName().equals("input") && e.attr("type").matches("submit|button|reset") && e.hasAttr("value")) {
                    shown.add(new Shown(e.attr("value"), e, "value"));
                }
            }
        }, page.body());
        return shown;
    }

    private static boolean inCode(TextNode t) {
        for (Element e = (Element) t.parent(); e != null; e = e.parent()) {
            if (e.tagName().equals("code") || e.tagName().equals("script") || e.tagName().equals("style")) {
                return true;
            }
        }
        return false;
    }

    private void loadKeys() {
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
                Properties p = new Properties();
                try (Reader in = new InputStreamReader(r.getInputStream(), StandardCharsets.UTF_8)) {
                    p.load(in);
                }
                boolean english = r.getFilename() != null && r.getFilename().endsWith("_en.properties");
                for (String k : p.stringPropertyNames()) {
                    keys.add(k);
                    if (english) {
                        Matcher run = CHINESE_RUN.matcher(p.getProperty(k));
                        while (run.find()) {
                            quoted.add(run.group());
                        }
                    }
                    keyPrefixes.add(k.substring(0, k.contains(".") ? k.indexOf('.') : k.length()));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void loadEnumConstants() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter((reader, factory) -> true);
        for (var candidate : scanner.findCandidateComponents("org.fazhi")) {
            try {
                Class<?> type = Class.forName(candidate.getBeanClassName(), false, PageTexts.class.getClassLoader());
                if (!type.getName().contains(".support.") && !type.isAnonymousClass()) {
                    classNames.add(type.getSimpleName());
                }
                if (type.isEnum() && !type.getName().contains(".support.")) {
                    for (Object c : type.getEnumConstants()) {
                        String name = ((Enum<?>) c).name();
                        if (name.length() > 2) {
                            enumConstants.add(name);
                        }
                    }
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
