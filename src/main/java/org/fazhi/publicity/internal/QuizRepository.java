package org.fazhi.publicity.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuizRepository extends JpaRepository<Quiz, Long> {

    List<Quiz> findAllByOrderByOpensOnDescIdDesc();

    List<Quiz> findByTownIdOrderByOpensOnDescIdDesc(long townId);
}
