package org.fazhi.publication.internal;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Publication settings. The publication period is local practice, not fixed by 国办发〔2018〕118号: taken down after
 * 5 years, or 2 years where the party is a natural person; market regulation uses other periods, hence settings.
 *
 * @param periodNaturalPerson how long a decision on a natural person stays published
 * @param periodOrganisation  how long a decision on an organisation stays published
 */
@ConfigurationProperties("fazhi.publication")
public record PublicationSettings(Period periodNaturalPerson, Period periodOrganisation) {

    public static final Period DEFAULT_NATURAL_PERSON = Period.ofYears(2);
    public static final Period DEFAULT_ORGANISATION = Period.ofYears(5);

    public PublicationSettings {
        periodNaturalPerson = periodNaturalPerson == null ? DEFAULT_NATURAL_PERSON : periodNaturalPerson;
        periodOrganisation = periodOrganisation == null ? DEFAULT_ORGANISATION : periodOrganisation;
    }
}
