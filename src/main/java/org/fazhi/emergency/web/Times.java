package org.fazhi.emergency.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.fazhi.FazhiApplication;

/**
 * Times on the emergency pages ({@code @emergencyTimes.minute(...)}): Beijing time to the minute, as the reporting
 * clocks count.
 */
@org.springframework.stereotype.Component("emergencyTimes")
public class Times {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    /** {@code 2024-07-15 14:30}, or a dash for none. */
    public String minute(Instant at) {
        return at == null ? "—" : MINUTE.format(at.atZone(FazhiApplication.ZONE));
    }

    /** The value of a {@code datetime-local} input for the instant. */
    public static String input(Instant at) {
        return at == null ? "" : INPUT.format(at.atZone(FazhiApplication.ZONE));
    }
}
