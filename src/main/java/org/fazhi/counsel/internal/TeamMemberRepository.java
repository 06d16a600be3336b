package org.fazhi.counsel.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TeamMemberRepository extends JpaRepository<TeamMember, Long> {

    List<TeamMember> findAllByOrderByKindAscNameAsc();
}
