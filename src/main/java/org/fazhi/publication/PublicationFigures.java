package org.fazhi.publication;

/**
 * Publication figures of a year (by decision date).
 *
 * @param publishedOnTime published by the due date
 * @param publishedLate   published after the due date, or not published past it: still waiting, or revoked after the
 *                        due date without ever having been published
 * @param withdrawn       withdrawn after the decision was changed, revoked, confirmed unlawful or void
 * @param withheld        not published (不予公示): the party was a minor on the day of the violation, or a reviewer
 *                        withheld it for secrets, privacy or security; counted here only, whatever came before
 * @param revoked         decisions changed, revoked, confirmed unlawful or void, whatever the state of their
 *                        publication (pending, published, withheld, taken down)
 */
public record PublicationFigures(long publishedOnTime, long publishedLate, long withdrawn, long withheld,
                                 long revoked) {
}
