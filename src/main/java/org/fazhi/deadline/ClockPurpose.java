package org.fazhi.deadline;

import java.util.Locale;

/**
 * What a clock is for within its record (期限用途): the answer period of an application, the payment period of a
 * decision … A record may hold several clocks; the subject and the purpose name one of them, so that a module never
 * keeps clock ids on its own records. Each module declares its purposes as an enum implementing this interface.
 */
public interface ClockPurpose {

    /** A short stable code stored with the clock, e.g. {@code payment}; lower case and hyphens, at most 40 characters. */
    String code();

    /**
     * The code of an enum constant: its name in lower case with hyphens ({@code STATEMENT_WINDOW} →
     * {@code statement-window}). The name is then stored with the clocks: renaming the constant needs a migration.
     */
    static String codeOf(Enum<?> purpose) {
        return purpose.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
