package org.fazhi.audit.internal;

import jakarta.persistence.EntityManagerFactory;
import jakarta.annotation.PostConstruct;
import java.lang.reflect.Field;
import java.time.Clock;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.fazhi.shared.Actor;
import org.fazhi.shared.TownOwned;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.fazhi.shared.AuditNamed;
import org.fazhi.shared.AuditPart;
import org.fazhi.shared.BaseEntity;
import org.hibernate.Hibernate;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.type.CollectionType;
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
import org.hibernate.type.ComponentType;
import org.hibernate.type.Type;
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
    /** The values each record or part class marks secret or personal, looked up once per record written. */
    private final Map<Class<?>, Marks> marks = new ConcurrentHashMap<>();

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
        record(event.getSession(), event.getEntity(), event.getId(), "CREATE", null,
                state(event.getEntity(), event.getPersister(), event.getState(), null));
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        int[] dirty = event.getDirtyProperties();
        Object[] old = event.getOldState();
        Map<String, Object> after = values(event.getEntity(), event.getPersister(), event.getState(), dirty);
        Map<String, Object> before = old == null ? null : values(event.getEntity(), event.getPersister(), old, dirty);
        if (before != null) {
            // a changed embedded part names only those of its values that changed
            for (String key : new HashSet<>(after.keySet())) {
                if (key.contains(".") && java.util.Objects.equals(before.get(key), after.get(key))) {
                    before.remove(key);
                    after.remove(key);
                }
            }
        }
        record(event.getSession(), event.getEntity(), event.getId(), "UPDATE", before == null ? null : Canonical.json(before),
                Canonical.json(after));
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        record(event.getSession(), event.getEntity(), event.getId(), "DELETE",
                state(event.getEntity(), event.getPersister(), event.getDeletedState(), null), null);
    }

    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void record(SharedSessionContractImplementor session, Object entity, Object id, String defaultAction,
                        String before, String after) {
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
        String[] name = nameOf(session, entity);
        writer.add(new PendingEvent(clock.instant(), actor, actorUnit, townId, entity.getClass().getSimpleName(),
                String.valueOf(id), action, before, after, reason, MDC.get("requestId"), name[0], name[1]));
    }

    /**
     * The record's name as people know it and, for a part of another record, the owner's type: the owner's name is
     * taken from the owner itself when this unit of work holds it (no query during the flush), else from the owner's
     * latest recorded event.
     */
    private String[] nameOf(SharedSessionContractImplementor session, Object entity) {
        if (entity instanceof AuditNamed named) {
            return new String[] {clip(named.auditName()), null};
        }
        if (!(entity instanceof AuditPart part) || part.auditOwnerType() == null) {
            return new String[] {null, null};
        }
        String ownerType = part.auditOwnerType().getSimpleName();
        Object ownerId = part.auditOwnerId();
        if (ownerId == null) {
            return new String[] {null, ownerType};
        }
        EntityPersister owner = session.getFactory().getMappingMetamodel()
                .findEntityDescriptor(part.auditOwnerType());
        Object loaded = owner == null ? null : session.getPersistenceContextInternal()
                .getEntity(session.generateEntityKey(ownerId, owner));
        String name = loaded instanceof AuditNamed named ? named.auditName()
                : writer.latestName(ownerType, String.valueOf(ownerId));
        return new String[] {clip(name), ownerType};
    }

    private static String clip(String name) {
        return name == null || name.length() <= 300 ? name : name.substring(0, 300);
    }

    /**
     * A collection of other records (a dispute's parties) is left out: each of them has its own events, and reading
     * an unloaded collection during the flush would load it. Collections of values (a role's permissions) stay.
     */
    private static boolean ownsRecords(EntityPersister persister, Type type, Object value) {
        return type instanceof CollectionType collection
                && (collection.getElementType(persister.getFactory()).isEntityType()
                || !Hibernate.isInitialized(value));
    }

    private String state(Object entity, EntityPersister persister, Object[] values, int[] only) {
        return Canonical.json(values(entity, persister, values, only));
    }

    private Map<String, Object> values(Object entity, EntityPersister persister, Object[] values, int[] only) {
        String[] names = persister.getPropertyNames();
        Type[] types = persister.getPropertyTypes();
        // sorted as it is filled: the canonical text then needs no sorted copy
        Map<String, Object> out = new TreeMap<>();
        int count = only != null ? only.length : names.length;
        Marks marked = marksOf(entity.getClass());
        for (int k = 0; k < count; k++) {
            int i = only != null ? only[k] : k;
            if (!ownsRecords(persister, types[i], values[i])) {
                put(out, "", marked, names[i], types[i], values[i], false, false);
            }
        }
        return out;
    }

    /**
     * One property, or each value of an embedded part (a party's data …) as {@code part.name}, so that embedding
     * personal data never writes it in clear: a part marked personal or secret masks all of its values, a mark on a
     * value inside the part masks that value.
     */
    private void put(Map<String, Object> out, String prefix, Marks owner, String name, Type type, Object value,
                     boolean maskAll, boolean hideAll) {
        boolean hide = hideAll || owner.secret().contains(name);
        boolean mask = maskAll || owner.personal().contains(name);
        if (type instanceof ComponentType part) {
            String[] names = part.getPropertyNames();
            Type[] types = part.getSubtypes();
            Object[] parts = value == null ? new Object[names.length] : part.getPropertyValues(value);
            Marks partMarks = marksOf(part.getReturnedClass());
            for (int j = 0; j < names.length; j++) {
                put(out, prefix + name + ".", partMarks, names[j], types[j], parts[j], mask, hide);
            }
        } else if (hide) {
            out.put(prefix + name, value == null ? null : "[secret]");
        } else if (mask) {
            out.put(prefix + name, value == null ? null : MASK);
        } else if (value instanceof BaseEntity ref) {
            out.put(prefix + name, ref.getId());
        } else {
            out.put(prefix + name, value);
        }
    }

    /** The names of a class's values marked {@link Secret} and {@link Personal}. */
    private record Marks(Set<String> secret, Set<String> personal) {
    }

    private Marks marksOf(Class<?> type) {
        return marks.computeIfAbsent(type, c -> new Marks(annotated(c, Secret.class), annotated(c, Personal.class)));
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
