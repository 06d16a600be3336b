package org.fazhi.publication;

/** A publication as the deciding module knows it: its town and case number (unique within the town). */
public record PublicationRef(long townId, String caseNumber) {
}
