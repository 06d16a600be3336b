package org.fazhi.enforcement.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LegalReviewerRepository extends JpaRepository<LegalReviewer, Long> {

    Optional<LegalReviewer> findByUsername(String username);
}
