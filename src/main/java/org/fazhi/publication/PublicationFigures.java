package org.fazhi.publication;

/**
 * Publication figures of a year (by decision date): published on time, published late (an unpublished decision past
 * its due date counts as late), withdrawn.
 */
public record PublicationFigures(long publishedOnTime, long publishedLate, long withdrawn) {
}
