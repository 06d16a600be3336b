package org.fazhi.mediation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.fazhi.shared.TownOwned;

/**
 * 回访 — a follow-up: of an agreement's performance (履行回访, 《人民调解法》第31条) or of a major dispute until it is
 * resolved (重大纠纷跟踪).
 */
@Entity
@Table(name = "mediation_follow_up")
public class FollowUp extends DisputePart implements TownOwned {

    /** What the follow-up is about. */
    public enum Kind {
        PERFORMANCE("履行回访"), MAJOR("重大纠纷跟踪");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Column(name = "town_id", nullable = false)
    private Long townId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(name = "followed_on", nullable = false)
    private LocalDate followedOn;

    @Enumerated(EnumType.STRING)
    private Performance result;

    @Column(nullable = false)
    private String note;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected FollowUp() {
    }

    FollowUp(long townId, Kind kind, LocalDate followedOn, Performance result, String note, String recordedBy) {
        this.townId = townId;
        this.kind = kind;
        this.followedOn = followedOn;
        this.result = result;
        this.note = note;
        this.recordedBy = recordedBy;
    }

    @Override
    public Long getTownId() {
        return townId;
    }

    public Kind getKind() {
        return kind;
    }

    public LocalDate getFollowedOn() {
        return followedOn;
    }

    public Performance getResult() {
        return result;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
