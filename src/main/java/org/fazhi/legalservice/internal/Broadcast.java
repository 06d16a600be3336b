package org.fazhi.legalservice.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.AuditNamed;
import org.fazhi.shared.RuleViolation;

/**
 * 法治直播间 — a live legal broadcast: when, the topic, the platform and its link; afterwards the viewers, the questions
 * received and answered, and the replay link. Its guests are {@link BroadcastGuest}s.
 */
@Entity
@Table(name = "legalservice_broadcast")
public class Broadcast extends ScopedRecord implements AuditNamed {

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;
    @Column(nullable = false, length = 200)
    private String topic;
    @Column(nullable = false, length = 100)
    private String platform;
    @Column(nullable = false, length = 500)
    private String link;
    private Integer viewers;
    @Column(name = "questions_received")
    private Integer questionsReceived;
    @Column(name = "questions_answered")
    private Integer questionsAnswered;
    @Column(name = "replay_link", length = 500)
    private String replayLink;

    protected Broadcast() {
    }

    Broadcast(LocalDateTime startsAt, String topic, String platform, String link, OrgUnitView holder) {
        this.startsAt = startsAt;
        this.topic = topic;
        this.platform = platform;
        this.link = link;
        assignHolder(holder);
    }

    /** The figures after the broadcast; not before it has started, and no more answers than questions. */
    void recordOutcome(int viewers, int received, int answered, String replayLink, LocalDateTime now) {
        if (now.isBefore(startsAt)) {
            throw new RuleViolation("legalservice.broadcast.notYet", startsAt.toLocalDate().toString());
        }
        if (answered > received) {
            throw RuleViolation.onField("questionsAnswered", "legalservice.broadcast.moreAnswers");
        }
        this.viewers = viewers;
        this.questionsReceived = received;
        this.questionsAnswered = answered;
        this.replayLink = replayLink;
        noteChange("BROADCAST_OUTCOME", null);
    }

    /** Whether it is still to come at {@code now}: the public may leave questions for it. */
    public boolean upcoming(LocalDateTime now) {
        return now.isBefore(startsAt);
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public String getTopic() {
        return topic;
    }

    public String getPlatform() {
        return platform;
    }

    public String getLink() {
        return link;
    }

    public Integer getViewers() {
        return viewers;
    }

    public Integer getQuestionsReceived() {
        return questionsReceived;
    }

    public Integer getQuestionsAnswered() {
        return questionsAnswered;
    }

    public String getReplayLink() {
        return replayLink;
    }

    @Override
    public String auditName() {
        return topic;
    }
}
