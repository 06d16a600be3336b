package org.fazhi.shared.web;

import java.lang.reflect.Method;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * 显示名称 — what a page shows for a code: an enum constant's label and a statute citation, in the reader's language.
 * Templates call it as {@code @labels}: {@code th:text="${@labels.of(d.category)}"}.
 *
 * <p>An enum constant's label is the message {@code <module>.enum.<Type>.<CONSTANT>} of the enum's module (the
 * package after {@code org.fazhi}; a nested type is written {@code Outer.Inner}), e.g.
 * {@code mediation.enum.DisputeCategory.MARRIAGE_FAMILY}. The Chinese bundle holds the enum's own {@code label()}
 * (the name the statistics, ledgers and documents use), the English one its translation; {@code EnumLabelsTest} checks
 * that every enum with a {@code label()} has both. A constant without a message falls back to its {@code label()}
 * (or its name), which the page check reports on an English page.
 *
 * <p>A citation ({@code 《行政处罚法》第61条、第85条}) stays as it is in Chinese and reads
 * {@code Administrative Penalty Law, arts. 61, 85} in English, the statute's name from the message {@code law.<name>}.
 * Citations passed as message arguments are translated the same way by the platform's message source.
 */
@Component("labels")
public class Labels {

    private static final Pattern CITATION = Pattern.compile("《([^》]+)》((?:第[0-9]+(?:[–-][0-9]+)?条(?:第[0-9]+款)?、?)*)");
    private static final Pattern ARTICLE = Pattern.compile("第([0-9]+(?:[–-][0-9]+)?)条(?:第([0-9]+)款)?");

    private final MessageSource messages;

    public Labels(MessageSource messages) {
        this.messages = messages;
    }

    /** The label of an enum constant in the current language; empty for none. */
    public String of(Enum<?> value) {
        if (value == null) {
            return "";
        }
        return messages.getMessage(keyOf(value), null, fallback(value), LocaleContextHolder.getLocale());
    }

    /** The label of anything else a page names: its own {@code label()}, else its text. */
    public String of(Object value) {
        if (value instanceof Enum<?> e) {
            return of(e);
        }
        return value == null ? "" : fallback(value);
    }

    /** Another text of an enum constant: the message {@code <key of the constant>.<aspect>}. */
    public String of(Enum<?> value, String aspect) {
        if (value == null) {
            return "";
        }
        return messages.getMessage(keyOf(value) + "." + aspect, null, "", LocaleContextHolder.getLocale());
    }

    /** The message key of an enum constant's label. */
    public static String keyOf(Enum<?> value) {
        Class<?> type = value.getDeclaringClass();
        String name = type.getName();
        String pkg = type.getPackageName();
        String module = pkg.startsWith("org.fazhi.") ? pkg.substring("org.fazhi.".length()).split("\\.")[0] : "enum";
        String simple = name.substring(pkg.length() + 1).replace('$', '.');
        return module + ".enum." + simple + "." + value.name();
    }

    /** Whether {@code text} is a statute citation and nothing else ({@code 《行政处罚法》第61条、第85条}). */
    public static boolean isCitation(String text) {
        return text != null && CITATION.matcher(text.strip()).matches();
    }

    /** A text with its statute citations in the current language (unchanged in Chinese). */
    public String citation(String text) {
        return citations(text, LocaleContextHolder.getLocale(), messages);
    }

    /**
     * The citations in {@code text} written for {@code locale}: unchanged in Chinese; elsewhere the statute's name is
     * the message {@code law.<name>} and the articles are counted in English.
     */
    public static String citations(String text, Locale locale, MessageSource messages) {
        if (text == null || !text.contains("《") || locale == null || "zh".equals(locale.getLanguage())) {
            return text;
        }
        Matcher m = CITATION.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String law = messages.getMessage("law." + m.group(1), null, m.group(1), locale);
            StringBuilder cited = new StringBuilder(law);
            Matcher a = ARTICLE.matcher(m.group(2));
            int count = 0;
            StringBuilder articles = new StringBuilder();
            while (a.find()) {
                articles.append(count++ == 0 ? "" : ", ").append(a.group(1).replace('-', '–'));
                if (a.group(2) != null) {
                    articles.append('(').append(a.group(2)).append(')');
                }
            }
            if (count > 0) {
                cited.append(count == 1 && !articles.toString().contains("–") ? ", art. " : ", arts. ").append(articles);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(cited.toString()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** What stands for a value without a message: its own {@code label()}, else its name or text. */
    public static String fallbackLabel(Object value) {
        return fallback(value);
    }

    private static String fallback(Object value) {
        try {
            Method label = value.getClass().getMethod("label");
            // a page's own record types are package-private: their public label() is reachable only this way
            label.trySetAccessible();
            if (label.getReturnType() == String.class) {
                return (String) label.invoke(value);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // no label of its own: the constant's name (or the value's text) stands in
        }
        return value instanceof Enum<?> e ? e.name() : value.toString();
    }
}
