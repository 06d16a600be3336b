package org.fazhi.shared;

import java.util.List;

/**
 * Notices a module puts at the top of a town portal's front page while they apply — a public warning in force shown
 * as a coloured banner. Modules declare a bean; the portal asks every one for the town on each request and renders
 * what they answer in the page itself (no script), so the portal knows no module and a notice shows at once.
 */
public interface PortalNotices {

    /** The notices of the town now, most urgent first; the implementation reads as the platform (no user). */
    List<Notice> noticesOf(long townId);

    /**
     * One banner.
     *
     * @param id      a stable element id ({@code warning-12})
     * @param tone    the banner's colour: {@code red}, {@code orange}, {@code yellow}, {@code blue}, or {@code info} for
     *                information that is no warning
     * @param heading the kind and level, in the page's language ("三级（黄色）预警")
     * @param title   the notice's own title (data, as published)
     * @param lines   further lines: what to do, where, until when — each already in the page's language or data
     */
    record Notice(String id, String tone, String heading, String title, List<String> lines) {
    }
}
