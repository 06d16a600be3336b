package org.fazhi.deadline.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.fazhi.deadline.StatutoryPeriod;

/**
 * A {@link StatutoryPeriod} as a record keeps it: its length, its unit and its legal basis, the articles written as
 * {@link Articles} writes them, so that it reads back as it was given. The columns are {@code amount}, {@code unit},
 * {@code basis_law} and {@code basis_articles}, or the record's own through {@code @AttributeOverride}.
 */
@Embeddable
record StoredPeriod(
        @Column(nullable = false) int amount,
        @Enumerated(EnumType.STRING) @Column(nullable = false, length = 20) StatutoryPeriod.Unit unit,
        @Column(name = "basis_law", nullable = false, length = 100) String basisLaw,
        @Column(name = "basis_articles", nullable = false, length = 60) String basisArticles) {

    static StoredPeriod of(StatutoryPeriod period) {
        return new StoredPeriod(period.amount(), period.unit(), period.basis().law(),
                Articles.format(period.basis()));
    }

    StatutoryPeriod period() {
        return new StatutoryPeriod(amount, unit, Articles.parse(basisLaw, basisArticles));
    }
}
