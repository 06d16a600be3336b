package org.fazhi.publication.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.fazhi.publication.PublicationFigures;

/**
 * Which of the year's figures a publication counts under ({@link PublicationFigures}, by its decision date): the one
 * place the figures and the lists behind them are classified.
 */
final class PublicationCounting {

    private PublicationCounting() {
    }

    /**
     * The figures {@code p} counts under today: withheld only, when it is withheld; revoked, when its decision was;
     * withdrawn, when it was; and on time or late once it was published or is late. Lists are classified here; the
     * figures are counted in SQL by {@link PublicationFiguresQuery} to the same definition.
     */
    static Set<PublicationFigures.Count> countedAs(Publication p, LocalDate today) {
        Set<PublicationFigures.Count> counts = EnumSet.noneOf(PublicationFigures.Count.class);
        if (p.getWithdrawal().getRevokedOn() != null) {
            counts.add(PublicationFigures.Count.REVOKED);
        }
        if (p.getStatus() == PublicationStatus.WITHHELD) {
            // not published, whatever came before (a decision taken off the portal is counted here only)
            counts.add(PublicationFigures.Count.WITHHELD);
            return counts;
        }
        if (p.getStatus() == PublicationStatus.WITHDRAWN) {
            counts.add(PublicationFigures.Count.WITHDRAWN);
        }
        if (p.lateOn(today)) {
            counts.add(PublicationFigures.Count.LATE);
            counts.add(PublicationFigures.Count.DUE);
        } else if (p.getPublishedOn() != null) {
            counts.add(PublicationFigures.Count.ON_TIME);
            counts.add(PublicationFigures.Count.DUE);
        }
        return counts;
    }
}
