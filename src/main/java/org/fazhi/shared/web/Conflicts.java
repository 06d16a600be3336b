package org.fazhi.shared.web;

import jakarta.persistence.OptimisticLockException;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.fazhi.shared.LastChanges;
import org.fazhi.shared.StaleRecord;
import org.hibernate.Hibernate;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * 修改冲突 — explains a lost race in the user's language: "该记录已被 X 于 T 修改，请刷新后重试", with X and T from the
 * record's last audit event. One text for the API's 409 problem details and for the refused form of a page
 * ({@link FormPages}); see {@link org.fazhi.shared.Versions} for how a change names the version it was based on.
 */
@Component
public class Conflicts {

    /** T in the platform's time zone (China Standard Time). */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(org.fazhi.FazhiApplication.ZONE);

    private final MessageSource messages;
    private final org.springframework.beans.factory.ObjectProvider<LastChanges> lastChanges;

    /** The last changes come from the audit module; a context without it (a module slice) explains without names. */
    Conflicts(MessageSource messages, org.springframework.beans.factory.ObjectProvider<LastChanges> lastChanges) {
        this.messages = messages;
        this.lastChanges = lastChanges;
    }

    /** Whether the exception is a lost race on a record (a stale version or a concurrent commit). */
    public static boolean isConflict(Throwable e) {
        return e instanceof StaleRecord || e instanceof ObjectOptimisticLockingFailureException
                || e instanceof OptimisticLockException;
    }

    /** The explanation of a conflict ({@link #isConflict}), naming who changed the record and when where known. */
    public String explain(Throwable e) {
        Class<?> type = null;
        Object id = null;
        // a race lost at commit arrives wrapped without its record (the transaction manager's translation of the
        // flush at commit); the record is named further down the chain, by Hibernate's own exception
        for (Throwable c = e; c != null && (type == null || id == null); c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof StaleRecord s) {
                type = s.type();
                id = s.id();
            } else if (c instanceof ObjectOptimisticLockingFailureException o) {
                type = o.getPersistentClass() != null ? o.getPersistentClass() : classOf(o.getPersistentClassName());
                id = o.getIdentifier();
            } else if (c instanceof org.hibernate.StaleObjectStateException s) {
                type = classOf(s.getEntityName());
                id = s.getIdentifier();
            } else if (c instanceof OptimisticLockException o && o.getEntity() != null) {
                type = Hibernate.getClass(o.getEntity());
                id = Hibernate.isInitialized(o.getEntity()) ? idOf(o.getEntity()) : null;
            }
        }
        LastChanges trail = lastChanges.getIfAvailable();
        Optional<LastChanges.LastChange> last = type == null || id == null || trail == null ? Optional.empty()
                : trail.of(type, id);
        return last.map(c -> messages.getMessage("error.conflict.by", new Object[] {c.actor(), TIME.format(c.at())},
                        LocaleContextHolder.getLocale()))
                .orElseGet(() -> messages.getMessage("error.conflict", null, LocaleContextHolder.getLocale()));
    }

    private static Class<?> classOf(String name) {
        try {
            return name == null ? null : Class.forName(name);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    private static Object idOf(Object entity) {
        return entity instanceof org.fazhi.shared.BaseEntity b ? b.getId() : null;
    }
}
