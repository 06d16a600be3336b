package org.fazhi.support;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ScopeProbeRepository extends JpaRepository<ScopeProbe, Long> {
}
