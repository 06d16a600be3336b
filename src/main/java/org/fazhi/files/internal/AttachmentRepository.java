package org.fazhi.files.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

    List<Attachment> findByOwnerTypeAndOwnerIdOrderByUploadedAtAscIdAsc(String ownerType, long ownerId);

    List<Attachment> findBySha256In(Collection<String> sha256);

    /** The stored contents in hash order, a page at a time after {@code after}. */
    @Query("select distinct a.sha256 from Attachment a where a.sha256 > :after order by a.sha256")
    List<String> hashesAfter(String after, Limit limit);

    long countByCorruptTrue();
}
