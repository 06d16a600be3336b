package org.fazhi.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The name, or names, under which the audit trail wrote a value before the record's code gave it its present place —
 * a flat value that moved into an embedded part, say. The trail is never rewritten, so its readers find an old
 * event's value by these names and show it with the value's present label.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface AuditFormerly {

    /**
     * The former names, as the trail wrote them ({@code supplementSentOn}). On the field that embeds a part several
     * records share, each names a value inside the part with its former name instead ({@code amount=limitAmount}),
     * since the same part had other names in the other records.
     */
    String[] value();
}
