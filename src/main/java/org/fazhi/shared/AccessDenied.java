package org.fazhi.shared;

/** The caller named something outside their scope or used a function their role lacks (answered 403). */
public class AccessDenied extends RuntimeException {

    private final String messageKey;

    public AccessDenied(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
