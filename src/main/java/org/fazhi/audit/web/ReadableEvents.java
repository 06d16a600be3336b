package org.fazhi.audit.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.fazhi.FazhiApplication;
import org.fazhi.audit.AuditEntry;
import org.fazhi.shared.web.Labels;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * 可读的审计事件 — an audit event as a person reads it: the record by its type and business name ("行政处罚案件
 * [2024]33号", "行政处罚案件 [2024]33号 的当事人"), the action in words, and each changed value by its label with the old
 * and the new value (an enum by its label, yes/no, a date, a reference by its number; masked values stay masked,
 * secrets hidden). Templates call it as {@code @auditEvents.read(entries)}; the raw states stay in the API.
 */
@Component("auditEvents")
public class ReadableEvents {

    /** What the trail writes for a secret value. */
    static final String SECRET = "[secret]";
    static final String MASK = "***";
    /** Values that change with every update and tell a reader nothing. */
    private static final Set<String> UNSHOWN = Set.of("version");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(FazhiApplication.ZONE);
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    /** A shown value; {@code data} when it is a recorded text to show as it was written, not a label. */
    public record Value(String text, boolean data) {
    }

    /** One changed value: its label, before and after ({@code null} on a new or deleted record). */
    public record Change(String field, Value before, Value after) {
    }

    /**
     * An event in words. {@code type} is the record type's label, {@code name} its business name (or {@code null} on
     * an event recorded before names were kept, shown by {@code entry.entityId()}), {@code owner} the owning record
     * type's label for a part of another record; {@code detail} says what the action was about (a state change's
     * from and to).
     */
    public record Event(AuditEntry entry, String time, String type, String name, String owner, String action,
                        Value detail, List<Change> changes) {
    }

    private final AuditVocabulary vocabulary;
    private final MessageSource messages;
    private final Labels labels;

    ReadableEvents(AuditVocabulary vocabulary, MessageSource messages, Labels labels) {
        this.vocabulary = vocabulary;
        this.messages = messages;
        this.labels = labels;
    }

    public List<Event> read(Collection<AuditEntry> entries) {
        return entries == null ? List.of() : entries.stream().map(this::read).toList();
    }

    public Event read(AuditEntry e) {
        String owner = e.recordOwner() == null ? null : typeLabel(e.recordOwner());
        String[] action = action(e.entityType(), e.action());
        return new Event(e, TIME.format(e.occurredAt()), typeLabel(e.entityType()), name(e), owner,
                action[0], action[1] == null ? null : new Value(action[1], action[2] != null), changes(e));
    }

    /** The record's name; a record named by a code (a role) by that code's label. */
    private String name(AuditEntry e) {
        String name = e.recordName();
        if (name != null && e.recordOwner() == null && name.matches("[A-Z][A-Z0-9_]*")) {
            Enum<?> constant = vocabulary.constant(e.entityType(), name);
            return constant == null ? name : enumLabel(constant);
        }
        return name;
    }

    /**
     * An enum constant's label: the platform's {@code <module>.enum.<Type>.<CONSTANT>}, else where the audit bundle
     * says the labels of an older enum are kept ({@code audit.enumLabels.<module>.<Type>}).
     */
    String enumLabel(Enum<?> constant) {
        String key = Labels.keyOf(constant);
        String own = msg(key, null);
        if (own != null) {
            return own;
        }
        int cut = key.indexOf(".enum.");
        String prefix = msg("audit.enumLabels." + key.substring(0, cut) + "."
                + key.substring(cut + ".enum.".length(), key.lastIndexOf('.')), null);
        String label = prefix == null ? null : msg(prefix + "." + constant.name(), null);
        return label != null ? label : labels.of(constant);
    }

    /** The label of a record type; a type the bundles do not name reads as "record". */
    public String typeLabel(String entityType) {
        return msg("audit.entity." + entityType, msg("audit.entity.unknown", ""));
    }

    /** The label of an action code as offered for choosing ({@code SECURITY.LOCK} …). */
    public String actionLabel(String code) {
        return msg("audit.action." + code, code);
    }

    /**
     * The action's label and what it was about: {@code SECURITY:LOCK} has a label of its own; {@code
     * TRANSITION:FILED->INVESTIGATING} is "状态变更" about "立案 → 调查取证"; a code the bundle lacks reads as a record of
     * the work. The third element is set when the detail is recorded text rather than labels.
     */
    private String[] action(String entityType, String action) {
        String whole = msg("audit.action." + action.replace(':', '.'), null);
        if (whole != null) {
            return new String[] {whole, null, null};
        }
        int colon = action.indexOf(':');
        String code = colon < 0 ? action : action.substring(0, colon);
        String label = msg("audit.action." + code, null);
        if (label == null) {
            return new String[] {msg("audit.action.NOTE", ""), null, null};
        }
        if (colon < 0) {
            return new String[] {label, null, null};
        }
        String detail = action.substring(colon + 1);
        List<String> parts = new ArrayList<>();
        boolean labelled = true;
        for (String part : detail.split("->")) {
            Enum<?> constant = vocabulary.constant(entityType, part);
            labelled &= constant != null;
            parts.add(constant != null ? enumLabel(constant) : part);
        }
        return new String[] {label, String.join(" → ", parts), labelled ? null : "data"};
    }

    private List<Change> changes(AuditEntry e) {
        Map<String, Object> before = parse(e.beforeState());
        Map<String, Object> after = parse(e.afterState());
        Set<String> names = new LinkedHashSet<>();
        if (before != null) {
            names.addAll(before.keySet());
        }
        if (after != null) {
            names.addAll(after.keySet());
        }
        List<Change> out = new ArrayList<>();
        for (String name : names) {
            if (UNSHOWN.contains(name)) {
                continue;
            }
            Object old = before == null ? null : before.get(name);
            Object now = after == null ? null : after.get(name);
            if (before != null && after != null && Objects.equals(old, now)) {
                continue;
            }
            if (before == null && now == null || after == null && old == null) {
                continue; // a new or deleted record's empty values say nothing
            }
            AuditVocabulary.Field field = vocabulary.field(e.entityType(), name);
            Class<?> type = field == null ? null : field.type();
            if (type != null && vocabulary.entities().containsValue(type)
                    && (old instanceof Collection || now instanceof Collection)) {
                // a list of other records, written as object references by events before the trail left it out
                continue;
            }
            out.add(new Change(label(field, name), before == null ? null : value(old, type),
                    after == null ? null : value(now, type)));
        }
        return out;
    }

    private String label(AuditVocabulary.Field field, String name) {
        if (field == null) {
            return msg("audit.field.unknown", "");
        }
        return field.labelKeys().stream().map(k -> msg(k, msg("audit.field.unknown", "")))
                .collect(Collectors.joining(" · "));
    }

    /** A value in words: what a page shows for it, never a code, a class or an object reference. */
    Value value(Object raw, Class<?> type) {
        if (raw == null || raw instanceof String s && s.isEmpty()) {
            return new Value(msg("audit.value.none", ""), false);
        }
        if (raw instanceof Collection<?> many) {
            List<Value> each = many.stream().map(v -> value(v, type)).toList();
            return new Value(each.stream().map(Value::text).collect(Collectors.joining("、")),
                    each.stream().anyMatch(Value::data));
        }
        String text = String.valueOf(raw);
        if (SECRET.equals(text)) {
            return new Value(msg("audit.value.secret", ""), false);
        }
        if (MASK.equals(text)) {
            return new Value(MASK, false);
        }
        if (raw instanceof Boolean b || type == boolean.class || type == Boolean.class) {
            return new Value(msg(Boolean.parseBoolean(text) ? "common.yes" : "common.no", text), false);
        }
        if (type != null && type.isEnum()) {
            for (Object c : type.getEnumConstants()) {
                if (((Enum<?>) c).name().equals(text)) {
                    return new Value(enumLabel((Enum<?>) c), false);
                }
            }
        }
        if (type == Instant.class) {
            try {
                return new Value(TIME.format(Instant.parse(text)), false);
            } catch (java.time.format.DateTimeParseException e) {
                return new Value(text, true);
            }
        }
        if (raw instanceof BigDecimal d) {
            return new Value(d.toPlainString(), false);
        }
        if (raw instanceof Number) {
            return new Value(text, false);
        }
        if (vocabulary.entities().containsKey(text)) {
            // a record type named in a value (the subject of a deadline): its label, not the class name
            return new Value(typeLabel(text), false);
        }
        return new Value(text, true);
    }

    private static Map<String, Object> parse(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = JSON.readValue(state, Map.class);
            return map;
        } catch (JacksonException e) {
            return Map.of();
        }
    }

    private String msg(String key, String fallback) {
        return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
    }
}
