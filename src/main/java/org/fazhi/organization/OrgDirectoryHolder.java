package org.fazhi.organization;

/**
 * Gives JPA entity listeners, which the persistence provider creates, the org directory bean. Set once at start-up.
 */
final class OrgDirectoryHolder {

    private static volatile OrgDirectory directory;

    private OrgDirectoryHolder() {
    }

    static void set(OrgDirectory d) {
        directory = d;
    }

    static OrgDirectory directory() {
        if (directory == null) {
            throw new IllegalStateException("org directory not initialised");
        }
        return directory;
    }
}
