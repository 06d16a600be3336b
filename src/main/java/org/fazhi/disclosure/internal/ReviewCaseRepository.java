package org.fazhi.disclosure.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Reconsideration and litigation cases about disclosure, within the caller's data scope. */
public interface ReviewCaseRepository extends JpaRepository<ReviewCase, Long> {

    List<ReviewCase> findAllByOrderByFiledOnDesc();
}
