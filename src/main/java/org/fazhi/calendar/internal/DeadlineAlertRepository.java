package org.fazhi.calendar.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface DeadlineAlertRepository extends JpaRepository<DeadlineAlert, Long> {
}
