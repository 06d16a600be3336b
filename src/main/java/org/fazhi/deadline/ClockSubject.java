package org.fazhi.deadline;

import java.util.Objects;

/**
 * 期限所属记录 — what a module tells the deadline register about the records its clocks belong to: who may read
 * them and where a record's page is. Declared as a bean ({@code @Bean ClockSubject}) for each subject type; the
 * register and the dashboard then list a clock only to those who may read its record, each as a link to that record.
 * A clock of a subject type nobody declared is listed to every holder of {@code DEADLINE_READ}, without a link.
 *
 * @param subjectType the subject type the module's clocks are started with, e.g. {@code penalty.case}
 * @param authority   the permission that reads such records, e.g. {@code ENFORCEMENT_READ}
 * @param pagePath    the record's page with {@code {id}} for the subject id, e.g. {@code /enforcement/cases/{id}}
 */
public record ClockSubject(String subjectType, String authority, String pagePath) {

    public ClockSubject {
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(authority, "authority");
        if (pagePath == null || !pagePath.startsWith("/") || !pagePath.contains("{id}")) {
            throw new IllegalArgumentException("page path with {id}: " + pagePath);
        }
    }

    /** The page of one record. */
    public String linkTo(String subjectId) {
        return pagePath.replace("{id}", java.net.URLEncoder.encode(subjectId, java.nio.charset.StandardCharsets.UTF_8));
    }
}
