package org.fazhi.ledger;

import java.util.List;

/**
 * The outcome of an import.
 *
 * @param imported rows saved
 * @param skipped  rows whose natural key was imported before
 * @param rejected every problem of every rejected row (a row may have several)
 */
public record ImportReport(int imported, int skipped, List<Rejection> rejected) {
}
