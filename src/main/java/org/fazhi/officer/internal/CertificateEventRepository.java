package org.fazhi.officer.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CertificateEventRepository extends JpaRepository<CertificateEvent, Long> {

    List<CertificateEvent> findByOfficerIdOrderByDateAscIdAsc(long officerId);

    List<CertificateEvent> findByOfficerIdIn(Collection<Long> officerIds);
}
