package org.fazhi.audit.web;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EmbeddableType;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.PluralAttribute;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.fazhi.shared.AuditFormerly;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * 审计词汇 — what the trail's codes mean, read from the persistence metamodel once at start-up: which records there
 * are and to which module each belongs, which values each record keeps (as the trail writes them, an embedded part's
 * value as {@code part.value}) with the message keys of their labels and their Java types, and the action codes the
 * audit bundle labels.
 *
 * <p>A value's label is the message {@code audit.field.<Type>.<name>} of the class that declares it (the entity, a
 * shared superclass such as {@code ScopedRecord}, or an embedded part such as {@code PartyData}), so a value shared by
 * many records is labelled once.
 */
@Component
public class AuditVocabulary {

    /** One value a record keeps: its label keys (the part's, then the value's) and its type. */
    public record Field(String path, List<String> labelKeys, Class<?> type) {
    }

    private final Map<String, Class<?>> entities = new TreeMap<>();
    private final Map<String, Map<String, Field>> fields = new TreeMap<>();
    /** Per record, the former path of a value ({@link AuditFormerly}) to its present one. */
    private final Map<String, Map<String, String>> formerly = new TreeMap<>();
    private final Map<String, List<Class<? extends Enum<?>>>> enumsByModule = new TreeMap<>();
    private final List<String> actionCodes;

    public AuditVocabulary(EntityManagerFactory emf) {
        for (EntityType<?> entity : emf.getMetamodel().getEntities()) {
            Class<?> type = entity.getJavaType();
            if (type == null || !type.getName().startsWith("org.fazhi.")) {
                continue;
            }
            entities.put(type.getSimpleName(), type);
            Map<String, Field> own = new LinkedHashMap<>();
            Map<String, String> renamed = new TreeMap<>();
            walk(entity, type, "", List.of(), own, renamed);
            fields.put(type.getSimpleName(), own);
            formerly.put(type.getSimpleName(), renamed);
            for (Field f : own.values()) {
                if (f.type().isEnum()) {
                    @SuppressWarnings("unchecked")
                    Class<? extends Enum<?>> e = (Class<? extends Enum<?>>) f.type();
                    List<Class<? extends Enum<?>>> known = enumsByModule.computeIfAbsent(moduleOf(type),
                            m -> new ArrayList<>());
                    if (!known.contains(e)) {
                        known.add(e);
                    }
                }
            }
        }
        actionCodes = readActionCodes();
    }

    private static void walk(ManagedType<?> managed, Class<?> owner, String prefix, List<String> keys,
                             Map<String, Field> out, Map<String, String> renamed) {
        for (Attribute<?, ?> a : managed.getAttributes()) {
            Class<?> declaring = declaring(owner, a.getName());
            List<String> labelKeys = new ArrayList<>(keys);
            labelKeys.add("audit.field." + declaring.getSimpleName() + "." + a.getName());
            AuditFormerly former = formerNames(declaring, a.getName());
            if (former != null) {
                for (String name : former.value()) {
                    int is = name.indexOf('=');
                    // "part.value=former" on a part shared by several records: the former name of a value inside it
                    renamed.put(name.substring(is + 1),
                            prefix + a.getName() + (is < 0 ? "" : "." + name.substring(0, is)));
                }
            }
            if (a.getPersistentAttributeType() == Attribute.PersistentAttributeType.EMBEDDED
                    && a instanceof jakarta.persistence.metamodel.SingularAttribute<?, ?> s
                    && s.getType() instanceof EmbeddableType<?> part) {
                walk(part, part.getJavaType(), prefix + a.getName() + ".", labelKeys, out, renamed);
            } else {
                Class<?> type = a instanceof PluralAttribute<?, ?, ?> p ? p.getElementType().getJavaType()
                        : a.getJavaType();
                out.put(prefix + a.getName(), new Field(prefix + a.getName(), List.copyOf(labelKeys), type));
            }
        }
    }

    private static AuditFormerly formerNames(Class<?> declaring, String name) {
        try {
            return declaring.getDeclaredField(name).getAnnotation(AuditFormerly.class);
        } catch (NoSuchFieldException e) {
            return null; // a value Hibernate maps without a field of that name: it was never renamed
        }
    }

    /** The class that declares a value: the record itself or a superclass shared by many records. */
    private static Class<?> declaring(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                if (f.getName().equals(name)) {
                    return c;
                }
            }
        }
        return type;
    }

    private static List<String> readActionCodes() {
        Properties p = new Properties();
        try (var in = new ClassPathResource("i18n/audit.properties").getInputStream()) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> codes = new TreeSet<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("audit.action.")) {
                codes.add(key.substring("audit.action.".length()));
            }
        }
        return List.copyOf(codes);
    }

    /** The module a record belongs to: the package after {@code org.fazhi}. */
    public static String moduleOf(Class<?> type) {
        return type.getPackageName().substring("org.fazhi.".length()).split("\\.")[0];
    }

    /** Every audited record type by the name the trail keeps. */
    public Map<String, Class<?>> entities() {
        return entities;
    }

    /** The modules that own audited records. */
    public List<String> modules() {
        return entities.values().stream().map(AuditVocabulary::moduleOf).distinct().sorted().toList();
    }

    /** The record types of a module, as the trail keeps them. */
    public List<String> typesOf(String module) {
        return entities.entrySet().stream().filter(e -> moduleOf(e.getValue()).equals(module))
                .map(Map.Entry::getKey).toList();
    }

    /** The values a record keeps, by the name the trail writes them under. */
    public Map<String, Field> fieldsOf(String entityType) {
        return fields.getOrDefault(entityType, Map.of());
    }

    /**
     * One value of a record by the name an event wrote it under: its present name, or a name it had before
     * ({@link AuditFormerly}), since the trail is never rewritten; {@code null} when the record never had it.
     */
    public Field field(String entityType, String name) {
        Field present = fieldsOf(entityType).get(name);
        if (present != null) {
            return present;
        }
        String path = formerNamesOf(entityType).get(name);
        return path == null ? null : fieldsOf(entityType).get(path);
    }

    /** A record's former names of values ({@link AuditFormerly}), each to the path the value has now. */
    public Map<String, String> formerNamesOf(String entityType) {
        return formerly.getOrDefault(entityType, Map.of());
    }

    /** Every label key of every value of every record (for the bundle check). */
    public Set<String> fieldLabelKeys() {
        Set<String> keys = new TreeSet<>();
        fields.values().forEach(m -> m.values().forEach(f -> keys.addAll(f.labelKeys())));
        return keys;
    }

    /**
     * An enum constant of the record's module by its name (a state in {@code TRANSITION:FILED->INVESTIGATING}), the
     * record's own values searched first; {@code null} when no enum of the module has it.
     */
    public Enum<?> constant(String entityType, String name) {
        Class<?> type = entities.get(entityType);
        if (type == null || name == null) {
            return null;
        }
        Collection<Field> own = fieldsOf(entityType).values();
        List<Class<? extends Enum<?>>> candidates = new ArrayList<>();
        own.stream().filter(f -> f.type().isEnum()).forEach(f -> {
            @SuppressWarnings("unchecked")
            Class<? extends Enum<?>> e = (Class<? extends Enum<?>>) f.type();
            candidates.add(e);
        });
        candidates.addAll(enumsByModule.getOrDefault(moduleOf(type), List.of()));
        for (Class<? extends Enum<?>> e : candidates) {
            for (Enum<?> c : e.getEnumConstants()) {
                if (c.name().equals(name)) {
                    return c;
                }
            }
        }
        return null;
    }

    /**
     * The action codes the bundle labels, for choosing one: {@code CREATE}, {@code TRANSITION}, {@code SECURITY.LOCK}
     * (a security event's kind after the dot) …, sorted.
     */
    public List<String> actionCodes() {
        return actionCodes.stream().sorted(Comparator.naturalOrder()).toList();
    }
}
