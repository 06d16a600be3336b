package org.fazhi.publicity.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuestionRepository extends JpaRepository<Question, Long> {

    List<Question> findAllByOrderByIdAsc();
}
