package org.fazhi.publicity.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuizAnswerRepository extends JpaRepository<QuizAnswer, Long> {

    List<QuizAnswer> findByQuizId(long quizId);
}
