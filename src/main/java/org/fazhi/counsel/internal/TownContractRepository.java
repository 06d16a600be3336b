package org.fazhi.counsel.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TownContractRepository extends JpaRepository<TownCounselContract, Long> {

    List<TownCounselContract> findAllByOrderByStartsOnDesc();
}
