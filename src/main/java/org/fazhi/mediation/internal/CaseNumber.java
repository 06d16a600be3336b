package org.fazhi.mediation.internal;

/** A dispute's case number (案号): the year's sequence of the town and its text, as {@link CaseNumbers} gives it. */
record CaseNumber(int year, int seq, String text) {
}
