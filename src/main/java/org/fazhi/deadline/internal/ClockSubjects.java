package org.fazhi.deadline.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fazhi.deadline.ClockSubject;
import org.fazhi.deadline.DeadlineView;
import org.fazhi.organization.scope.DataScope;
import org.springframework.stereotype.Component;

/**
 * The subject types the modules declared ({@link ClockSubject} beans): which clocks the caller may read, and the
 * page of each clock's record.
 */
@Component
public class ClockSubjects {

    private final Map<String, ClockSubject> byType;

    ClockSubjects(List<ClockSubject> subjects) {
        this.byType = subjects.stream().collect(Collectors.toUnmodifiableMap(ClockSubject::subjectType,
                Function.identity()));
    }

    /** Every declared subject type. */
    Set<String> declared() {
        return byType.keySet();
    }

    /**
     * The declared subject types whose records the caller may read, or empty when the caller is the platform itself
     * (which reads every one).
     */
    Optional<Set<String>> readableByCaller() {
        if (DataScope.current().system()) {
            return Optional.empty();
        }
        return Optional.of(DataScope.currentUser().map(u -> byType.values().stream()
                .filter(s -> u.holdsAuthority(s.authority())).map(ClockSubject::subjectType)
                .collect(Collectors.toUnmodifiableSet())).orElse(Set.of()));
    }

    /** The page of the clock's record, if its module declared one. */
    public Optional<String> linkOf(DeadlineView d) {
        return Optional.ofNullable(byType.get(d.subjectType())).map(s -> s.linkTo(d.subjectId()));
    }
}
