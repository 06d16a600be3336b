package org.fazhi.deadline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The calendar as shipped by the migration {@code V3__calendar.sql}, read without a database. */
public final class OfficialCalendars {

    private static final Pattern YEAR = Pattern.compile("insert into calendar_year .*? (\\d{4}), '");
    private static final Pattern DAY = Pattern.compile("date '(\\d{4}-\\d{2}-\\d{2})', '(HOLIDAY|ADJUSTED_WORKDAY)'");

    private OfficialCalendars() {
    }

    public static WorkingCalendar shipped() {
        String sql;
        try (InputStream in = OfficialCalendars.class.getResourceAsStream("/db/migration/common/V3__calendar.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        WorkingCalendar.Builder b = WorkingCalendar.builder();
        Matcher y = YEAR.matcher(sql);
        while (y.find()) {
            b.year(Integer.parseInt(y.group(1)));
        }
        Matcher d = DAY.matcher(sql);
        while (d.find()) {
            b.day(LocalDate.parse(d.group(1)), DayKind.valueOf(d.group(2)));
        }
        return b.build();
    }
}
