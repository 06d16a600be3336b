package org.fazhi.organization;

import java.util.function.Supplier;

/** Runs work signed in as a named user, with that user's roles and data scope (demo loading, scripted jobs). */
public interface RunAs {

    <T> T as(String username, Supplier<T> work);

    default void as(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }
}
