package org.fazhi.shared.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A refused form step as its page shows it (拒绝提示), in the user's language: a general message for the top of the
 * page, every field's messages for the place next to that field, and the field problems named by their labels
 * ("受理日期：此项为必填项。") so that none is lost when its field is not on the form. Made by {@link FormPages}; the
 * templates read it as {@code ${refusal}} through {@code fragments/forms :: messages} and
 * {@code fragments/forms :: error('field')}.
 */
public final class Refusal {

    private final String message;
    private final Map<String, List<String>> fields;
    private final List<String> labelled;
    private final String reload;

    Refusal(String message, Map<String, List<String>> fields, List<String> labelled, String reload) {
        this.message = message;
        this.fields = new LinkedHashMap<>(fields);
        this.labelled = List.copyOf(labelled);
        this.reload = reload;
    }

    /**
     * Where to reload the page when the form lost a race with another change of its record (the message names who
     * changed it and when), else {@code null}.
     */
    public String getReload() {
        return reload;
    }

    /** The general message: why the step was refused, or that the marked fields need changing. */
    public String getMessage() {
        return message;
    }

    /** The field problems as "label：message", in the order found. */
    public List<String> getLabelled() {
        return labelled;
    }

    /** Whether the field has a problem (for {@code is-invalid}). */
    public boolean has(String field) {
        return fields.containsKey(field);
    }

    /** The field's first message, or {@code null}. */
    public String of(String field) {
        List<String> m = fields.get(field);
        return m == null ? null : m.get(0);
    }

    /** All the field's messages (empty when none). */
    public List<String> all(String field) {
        return fields.getOrDefault(field, List.of());
    }

    /** The fields with a problem, in the order found. */
    public java.util.Set<String> fields() {
        return fields.keySet();
    }
}
