package org.fazhi.publicity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.AuditNamed;

/** 网络普法发布 — one legal-education post on the town's WeChat account, Weibo, a WeChat group or a website. */
@Entity
@Table(name = "publicity_post")
public class OnlinePost extends ScopedRecord implements AuditNamed {

    @Column(name = "posted_on", nullable = false)
    private LocalDate postedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PostPlatform platform;

    @Enumerated(EnumType.STRING)
    @Column(name = "post_type", nullable = false, length = 20)
    private PostType type;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 500)
    private String link;

    protected OnlinePost() {
    }

    OnlinePost(LocalDate postedOn, PostPlatform platform, PostType type, String title, String link,
               OrgUnitView holder) {
        this.postedOn = postedOn;
        this.platform = platform;
        this.type = type;
        this.title = title;
        this.link = link;
        assignHolder(holder);
    }

    @Override
    public String auditName() {
        return title;
    }

    public LocalDate getPostedOn() {
        return postedOn;
    }

    public PostPlatform getPlatform() {
        return platform;
    }

    public PostType getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public String getLink() {
        return link;
    }
}
