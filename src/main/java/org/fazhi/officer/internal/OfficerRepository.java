package org.fazhi.officer.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OfficerRepository extends JpaRepository<EnforcementOfficer, Long> {

    Optional<EnforcementOfficer> findByTownIdAndIdNumber(Long townId, String idNumber);

    Optional<EnforcementOfficer> findFirstByUsername(String username);

    List<EnforcementOfficer> findAllByOrderByNameAsc();
}
