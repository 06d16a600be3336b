package org.fazhi.deadline.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface DeadlineAlertRepository extends JpaRepository<DeadlineAlert, Long> {
}
