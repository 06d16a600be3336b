package org.fazhi.legality.internal;

import org.fazhi.files.AttachmentOwner;
import org.fazhi.files.AttachmentOwners;
import org.fazhi.organization.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The draft and its material as attachments of the review: read by whoever may read the review (counsel only the
 * reviews it is asked about), added by those who submit drafts while the review is open.
 */
@Configuration(proxyBeanMethods = false)
class ReviewAttachments {

    public static final String TYPE = "legality-review";

    @Bean
    AttachmentOwner legalityReviewAttachmentOwner(AttachmentOwners owners, LegalityReviews reviews) {
        return owners.of(TYPE, reviews::find, Permission.FILE_READ, Permission.LEGALITY_SUBMIT)
                .writableWhen(r -> r.getState() != ReviewState.CONCLUDED);
    }
}
