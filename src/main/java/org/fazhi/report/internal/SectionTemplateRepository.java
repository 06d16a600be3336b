package org.fazhi.report.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SectionTemplateRepository extends JpaRepository<SectionTemplate, Long> {

    Optional<SectionTemplate> findBySectionKey(String sectionKey);
}
