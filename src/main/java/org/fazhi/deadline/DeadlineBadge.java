package org.fazhi.deadline;

import java.util.Optional;
import org.fazhi.shared.web.WorkItem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A clock as the pages' one badge style shows it ({@code calendar/parts :: badge}): the clock and the hover text that
 * names the legal basis and the due date, the pause or the reason it was stopped.
 */
public record DeadlineBadge(DeadlineView d, String hover) {

    public static DeadlineBadge of(DeadlineView d, MessageSource messages) {
        return new DeadlineBadge(d, hover(d, messages));
    }

    /** The hover text of a clock in the current locale. */
    public static String hover(DeadlineView d, MessageSource messages) {
        if (d.status() == DeadlineStatus.PAUSED) {
            return msg(messages, "deadline.hover.paused", d.legalBasis(), String.valueOf(d.pausedSince()),
                    d.pauseReason());
        }
        if (d.status() == DeadlineStatus.STOPPED) {
            return msg(messages, "deadline.hover.stopped", d.legalBasis(), d.stopReason());
        }
        if (d.status() == DeadlineStatus.LAPSED) {
            return msg(messages, "deadline.hover.lapsed", d.legalBasis(), due(d));
        }
        return msg(messages, "deadline.hover", d.legalBasis(), due(d));
    }

    /** The due date, or for a clock in minutes the due minute ({@code 2024-07-15 14:30}). */
    public static String due(DeadlineView d) {
        return d.dueAt() != null ? d.dueAt().format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))
                : String.valueOf(d.dueDate());
    }

    /**
     * The clock as an item of a dashboard's work list, leading to {@code href}; empty when the clock is off the to-do
     * lists (met, stopped, or a party's lapsed window).
     */
    public static Optional<WorkItem> workItem(DeadlineView d, String label, String href, MessageSource messages) {
        return d.status().urgency().map(u -> new WorkItem(label, href, d.dueDate(), u, d.status().name(),
                "deadline.status." + d.status().name(), hover(d, messages)));
    }

    private static String msg(MessageSource messages, String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
