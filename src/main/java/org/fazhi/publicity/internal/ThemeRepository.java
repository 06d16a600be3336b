package org.fazhi.publicity.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ThemeRepository extends JpaRepository<Theme, Long> {

    List<Theme> findByTownIdOrderByIdAsc(long townId);
}
