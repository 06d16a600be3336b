package org.fazhi.legalservice.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReferralRepository extends JpaRepository<Referral, Long> {

    List<Referral> findByQuestionIdOrderByIdAsc(Long questionId);

    List<Referral> findByReferredOnBetween(LocalDate from, LocalDate to);
}
