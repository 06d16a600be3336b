package org.fazhi.officer.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CertificateRepository extends JpaRepository<EnforcementCertificate, Long> {

    Optional<EnforcementCertificate> findByNumber(String number);

    List<EnforcementCertificate> findByOfficerIdOrderByIssuedOnAscIdAsc(long officerId);

    List<EnforcementCertificate> findByOfficerIdIn(Collection<Long> officerIds);
}
