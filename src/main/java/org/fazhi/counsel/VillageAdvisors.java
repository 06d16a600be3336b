package org.fazhi.counsel;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Who serves a village on a day (一村居一法律顾问): other modules route a village's work to its advisor through this,
 * whatever the caller's own scope.
 */
public interface VillageAdvisors {

    /**
     * The user name of the advisor engaged for the village on {@code day} (both ends of the engagement included), when
     * one is engaged and their account is linked; of several, the latest engagement's.
     */
    Optional<String> accountOn(long villageId, LocalDate day);
}
