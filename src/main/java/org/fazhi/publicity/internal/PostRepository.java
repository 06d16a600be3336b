package org.fazhi.publicity.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PostRepository extends JpaRepository<OnlinePost, Long> {

    List<OnlinePost> findByPostedOnBetweenOrderByPostedOnDescIdDesc(LocalDate from, LocalDate to);
}
