package org.fazhi.organization;

/**
 * 对外联系方式 — how the public reaches a unit (a mediation committee, a town government): shown on the portal, so it
 * holds the office's phone and address only, never a person's.
 *
 * @param phone   the office telephone, or {@code null}
 * @param address the office address, or {@code null}
 */
public record PublicContact(String phone, String address) {

    /** No contact recorded. */
    public static final PublicContact NONE = new PublicContact(null, null);

    public boolean isEmpty() {
        return phone == null && address == null;
    }
}
