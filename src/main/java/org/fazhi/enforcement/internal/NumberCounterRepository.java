package org.fazhi.enforcement.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface NumberCounterRepository extends JpaRepository<NumberCounter, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select n from NumberCounter n where n.townId = :townId and n.kind = :kind and n.year = :year")
    Optional<NumberCounter> lockFor(Long townId, String kind, int year);
}
