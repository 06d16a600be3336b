package org.fazhi.audit.internal;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EntityManagerFactory;
import jakarta.annotation.PostConstruct;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.fazhi.shared.Actor;
import org.fazhi.shared.TownOwned;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.fazhi.shared.BaseEntity;
import org.fazhi.shared.Personal;
import org.fazhi.shared.Secret;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * Turns every insert, update and delete Hibernate performs into an audit event of the same transaction. Registered
 * with Hibernate at start-up, so every entity of every module is covered without the module doing anything.
 */
@Component
class AuditListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    static final String MASK = "***";

    private final EntityManagerFactory emf;
    private final ChainWriter writer;
    private final Clock clock;
    private final Map<Class<?>, Set<String>> personal = new ConcurrentHashMap<>();
    private final Map<Class<?>, Set<String>> secret = new ConcurrentHashMap<>();

    AuditListener(EntityManagerFactory emf, ChainWriter writer, Clock clock) {
        this.emf = emf;
        this.writer = writer;
        this.clock = clock;
    }

    @PostConstruct
    void register() {
        EventListenerRegistry registry = emf.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
                .getService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_INSERT, this);
        registry.appendListeners(EventType.POST_UPDATE, this);
        registry.appendListeners(EventType.POST_DELETE, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        record(event.getEntity(), event.getId(), "CREATE", null,
                state(event.getEntity(), event.getPersister(), event.getState(), null));
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        int[] dirty = event.getDirtyProperties();
        Object[] old = event.getOldState();
        record(event.getEntity(), event.getId(), "UPDATE",
                old == null ? null : state(event.getEntity(), event.getPersister(), old, dirty),
                state(event.getEntity(), event.getPersister(), event.getState(), dirty));
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        record(event.getEntity(), event.getId(), "DELETE",
                state(event.getEntity(), event.getPersister(), event.getDeletedState(), null), null);
    }

    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void record(Object entity, Object id, String defaultAction, String before, String after) {
        String action = defaultAction;
        String reason = null;
        if (entity instanceof BaseEntity base) {
            String[] note = base.takeChangeNote();
            if (note[0] != null) {
                action = note[0];
            }
            reason = note[1];
        }
        Long townId = entity instanceof TownOwned r ? r.getTownId() : null;
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Actor user = auth != null && auth.getPrincipal() instanceof Actor a ? a : null;
        String actor = user != null ? user.actorName() : "system";
        Long actorUnit = user != null ? user.actorUnitId() : null;
        if (townId == null && user != null) {
            townId = user.actorTownId();
        }
        writer.add(new PendingEvent(clock.instant(), actor, actorUnit, townId, entity.getClass().getSimpleName(),
                String.valueOf(id), action, before, after, reason, MDC.get("requestId")));
    }

    private String state(Object entity, EntityPersister persister, Object[] values, int[] only) {
        String[] names = persister.getPropertyNames();
        Set<String> masked = personal.computeIfAbsent(entity.getClass(), c -> annotated(c, Personal.class));
        Set<String> hidden = secret.computeIfAbsent(entity.getClass(), c -> annotated(c, Secret.class));
        Map<String, Object> out = new LinkedHashMap<>();
        if (only == null) {
            for (int i = 0; i < names.length; i++) {
                put(out, names[i], values[i], masked, hidden);
            }
        } else {
            for (int i : only) {
                put(out, names[i], values[i], masked, hidden);
            }
        }
        return Canonical.json(out);
    }

    private void put(Map<String, Object> out, String name, Object value, Set<String> masked, Set<String> hidden) {
        if (hidden.contains(name)) {
            out.put(name, value == null ? null : "[secret]");
        } else if (masked.contains(name)) {
            out.put(name, value == null ? null : MASK);
        } else if (value instanceof BaseEntity ref) {
            out.put(name, ref.getId());
        } else if (value != null && value.getClass().isAnnotationPresent(Embeddable.class)) {
            putEmbedded(out, name, value);
        } else {
            out.put(name, value);
        }
    }

    /**
     * An embedded value (a party's data …) is recorded field by field as {@code party.name}, each field masked or
     * hidden by its own {@link Personal} or {@link Secret}, so that embedding personal data never writes it in clear.
     */
    private void putEmbedded(Map<String, Object> out, String name, Object value) {
        Class<?> type = value.getClass();
        Set<String> masked = personal.computeIfAbsent(type, c -> annotated(c, Personal.class));
        Set<String> hidden = secret.computeIfAbsent(type, c -> annotated(c, Secret.class));
        for (Field f : type.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            try {
                f.setAccessible(true);
                Object field = f.get(value);
                String key = name + "." + f.getName();
                if (hidden.contains(f.getName())) {
                    out.put(key, field == null ? null : "[secret]");
                } else if (masked.contains(f.getName())) {
                    out.put(key, field == null ? null : MASK);
                } else {
                    put(out, key, field, Set.of(), Set.of());
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read " + type.getName() + "." + f.getName(), e);
            }
        }
    }

    private static Set<String> annotated(Class<?> type, Class<? extends java.lang.annotation.Annotation> ann) {
        Set<String> names = new HashSet<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.isAnnotationPresent(ann)) {
                    names.add(f.getName());
                }
            }
        }
        return names;
    }
}
