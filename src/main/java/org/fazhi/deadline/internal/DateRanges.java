package org.fazhi.deadline.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads the dates an administrator types into a text area — single dates and ranges such as
 * {@code 2026-02-15~2026-02-23}, separated by new lines, commas, 、 or ； — and writes a set of dates back in the same
 * form, consecutive days joined into ranges. Plain Java.
 */
public final class DateRanges {

    /** No holiday period is longer than this; a longer range is a typing error. */
    static final int MAX_RANGE_DAYS = 31;

    private static final Pattern SEPARATORS = Pattern.compile("[\\s,，、;；]+");
    private static final Pattern RANGE = Pattern.compile("[~～至]|--");
    private static final Pattern RANGE_WITH_SPACES = Pattern.compile("\\s*([~～至]|--)\\s*");
    private static final DateTimeFormatter LENIENT = DateTimeFormatter.ofPattern("uuuu-M-d")
            .withResolverStyle(ResolverStyle.STRICT);

    private DateRanges() {
    }

    /** The dates read and the pieces that could not be read, as typed. */
    public record Parsed(List<LocalDate> dates, List<String> unreadable) {
    }

    public static Parsed parse(String text) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        List<String> unreadable = new ArrayList<>();
        if (text == null) {
            return new Parsed(List.of(), List.of());
        }
        String joined = RANGE_WITH_SPACES.matcher(text.strip()).replaceAll("~");
        for (String token : SEPARATORS.split(joined)) {
            if (token.isEmpty()) {
                continue;
            }
            String[] ends = RANGE.split(token, -1);
            LocalDate first = ends.length <= 2 ? date(ends[0]) : null;
            LocalDate last = ends.length == 2 ? date(ends[1]) : first;
            if (first == null || last == null || last.isBefore(first)
                    || first.plusDays(MAX_RANGE_DAYS).isBefore(last)) {
                unreadable.add(token);
                continue;
            }
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                dates.add(d);
            }
        }
        return new Parsed(List.copyOf(dates), List.copyOf(unreadable));
    }

    /** The dates as lines, consecutive days joined into one range. */
    public static String format(Collection<LocalDate> dates) {
        List<LocalDate> sorted = new ArrayList<>(new TreeSet<>(dates));
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1).equals(sorted.get(j).plusDays(1))) {
                j++;
            }
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(sorted.get(i));
            if (j > i) {
                out.append('~').append(sorted.get(j));
            }
            i = j + 1;
        }
        return out.toString();
    }

    private static LocalDate date(String s) {
        try {
            return LocalDate.parse(s.strip().replace('/', '-').replace('.', '-'), LENIENT);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
