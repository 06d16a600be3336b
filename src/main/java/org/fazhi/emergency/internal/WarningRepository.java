package org.fazhi.emergency.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface WarningRepository extends JpaRepository<Warning, Long> {

    List<Warning> findAllByOrderByIssuedAtDesc();

    List<Warning> findByTownIdAndLiftedAtIsNullOrderByIssuedAtDesc(Long townId);
}
