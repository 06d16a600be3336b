package org.fazhi.shared.web;

import java.time.LocalDate;
import java.util.Objects;

/**
 * 待办事项 — one record on a dashboard's work list: what it is, the link to its page, the day it falls due and how
 * urgent it is today.
 *
 * @param label     what staff read (the record's number and what falls due)
 * @param href      the record's page; {@code null} only for a record that has none (a sample clock)
 * @param dueOn     the day it falls due; {@code null} while its clock is paused without an end
 * @param urgency   which group of the list it belongs to
 * @param status    the badge style, a {@code fz-badge-*} suffix (the deadline status, e.g. {@code OVERDUE})
 * @param statusKey message key of the badge text
 * @param hint      the hover text of the badge (the legal basis and the due date), or {@code null}
 */
public record WorkItem(String label, String href, LocalDate dueOn, Urgency urgency, String status, String statusKey,
                       String hint) {

    /** 紧急程度 — the groups of a work list, in the order they are shown. */
    public enum Urgency {
        /** 已逾期: past the day it was due, and still the platform's to do */
        OVERDUE,
        /** 即将到期: within its warning window */
        DUE_SOON,
        /** 其他进行中: not yet in its warning window, or paused */
        LATER
    }

    public WorkItem {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(urgency, "urgency");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(statusKey, "statusKey");
    }
}
