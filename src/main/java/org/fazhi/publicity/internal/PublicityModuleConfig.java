package org.fazhi.publicity.internal;

import org.fazhi.files.AttachmentOwner;
import org.fazhi.files.AttachmentOwners;
import org.fazhi.organization.Permission;
import org.fazhi.shared.DashboardSection;
import org.fazhi.shared.NavItem;
import org.fazhi.shared.PublicServiceCard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's places in the console navigation, the dashboard and the portal, and its attachments. */
@Configuration(proxyBeanMethods = false)
class PublicityModuleConfig {

    static final String NAV_GROUP = "nav.group.publicity";

    @Bean
    NavItem publicityActivitiesNav() {
        return new NavItem(NAV_GROUP, "publicity.nav.activities", "/publicity/activities", "PUBLICITY_READ",
                "publicity-activities", 10);
    }

    @Bean
    NavItem publicityPostsNav() {
        return new NavItem(NAV_GROUP, "publicity.nav.posts", "/publicity/posts", "PUBLICITY_READ",
                "publicity-posts", 20);
    }

    @Bean
    NavItem publicityDutiesNav() {
        return new NavItem(NAV_GROUP, "publicity.nav.duties", "/publicity/duties", "PUBLICITY_READ",
                "publicity-duties", 25);
    }

    @Bean
    NavItem publicityQuizzesNav() {
        return new NavItem(NAV_GROUP, "publicity.nav.quizzes", "/publicity/quizzes", "PUBLICITY_READ",
                "publicity-quizzes", 30);
    }

    @Bean
    NavItem publicityStatisticsNav() {
        return new NavItem(NAV_GROUP, "publicity.nav.statistics", "/publicity/statistics", "PUBLICITY_READ",
                "publicity-statistics", 40);
    }

    @Bean
    DashboardSection publicityDashboardSection() {
        return new DashboardSection("PUBLICITY_READ", "/publicity/section", 60);
    }

    @Bean
    PublicServiceCard publicityPublicCard() {
        return new PublicServiceCard("publicity.portal.card.title", "publicity.portal.card.description", "quizzes",
                60);
    }

    /** Photos and sign-in sheets: read by whoever reads files, added by those who record activities. */
    @Bean
    AttachmentOwner publicityActivityAttachmentOwner(AttachmentOwners owners, ActivityRepository activities) {
        return owners.of(Activity.FILES, activities::findById, Permission.FILE_READ, Permission.PUBLICITY_MANAGE);
    }
}
