package org.fazhi.shared;

/**
 * The record does not exist or lies outside the caller's data scope; both answer 404 so that a scope denial does not
 * reveal that the record exists.
 */
public class NotFound extends RuntimeException {

    public NotFound(String what, Object id) {
        super(what + " " + id);
    }
}
