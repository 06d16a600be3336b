package org.fazhi.deadline;

import java.util.Locale;

/**
 * What a clock is for within its record (期限用途): the answer period of an application, the payment period of a
 * decision … A record may hold several clocks; the subject and the purpose name one of them, so that a module never
 * keeps clock ids on its own records. Each module declares its purposes as an enum implementing this interface, and
 * says for each whose period it is ({@link #owner()}).
 */
public interface ClockPurpose {

    /** A short stable code stored with the clock, e.g. {@code payment}; lower case and hyphens, at most 40 characters. */
    String code();

    /**
     * Whose period it is (期限归属). The engine decides from it what a passed due date means, in one place
     * ({@link DeadlineStatus}): a duty of the authority is overdue (已逾期) and stays on its holder's to-do list until
     * it is done; a window the law gives a party (to state a defence, to pay, to apply to the court for
     * confirmation …) lapses (届满) — nobody is late, the procedure goes on — and leaves the to-do lists.
     */
    default Owner owner() {
        return Owner.AUTHORITY;
    }

    /** Whose period a clock counts. */
    enum Owner {
        /** 行政机关的履职期限: the holder unit must act by the due date; passed, it is overdue */
        AUTHORITY,
        /** 当事人的期限: a window the law gives the party (or applicant); passed, it lapses */
        PARTY
    }

    /**
     * The code of an enum constant: its name in lower case with hyphens ({@code STATEMENT_WINDOW} →
     * {@code statement-window}). The name is then stored with the clocks: renaming the constant needs a migration.
     */
    static String codeOf(Enum<?> purpose) {
        return purpose.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
