package org.fazhi.counsel.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AdvisorRepository extends JpaRepository<LegalAdvisor, Long> {

    Optional<LegalAdvisor> findByTownIdAndLicenceNumber(Long townId, String licenceNumber);

    List<LegalAdvisor> findAllByOrderByNameAsc();

    /**
     * Name, firm and licence number of the advisors of engagements the caller can already read. A village user may not
     * read the town's advisor records, but does see who serves the village: this reads those three columns past the
     * scope filter, for ids taken from engagements read through it.
     */
    @Query(value = "select id, full_name, firm, licence_number from counsel_advisor where id in (:ids)",
            nativeQuery = true)
    List<Object[]> namesOf(Collection<Long> ids);
}
