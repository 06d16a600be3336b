package org.fazhi.organization;

/** The session part of the password policy, for the web frame. */
public interface SessionPolicy {

    /** How long an idle staff session lives, in seconds. */
    int sessionTimeoutSeconds();
}
