package org.fazhi.mediation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.fazhi.shared.Personal;
import org.fazhi.shared.TownOwned;

/** 调解记录 — one mediation session: when, where, who took part, what happened (《人民调解法》第27条 work record). */
@Entity
@Table(name = "mediation_session")
public class MediationSession extends DisputePart implements TownOwned {

    @Column(name = "town_id", nullable = false)
    private Long townId;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false)
    private String place;

    @Personal
    @Column(nullable = false)
    private String participants;

    @Column(nullable = false)
    private String mediator;

    @Column(name = "record_text", nullable = false)
    private String recordText;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected MediationSession() {
    }

    MediationSession(long townId, LocalDate heldOn, String place, String participants, String mediator,
                     String recordText, String recordedBy) {
        this.townId = townId;
        this.heldOn = heldOn;
        this.place = place;
        this.participants = participants;
        this.mediator = mediator;
        this.recordText = recordText;
        this.recordedBy = recordedBy;
    }

    @Override
    public Long getTownId() {
        return townId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getPlace() {
        return place;
    }

    public String getParticipants() {
        return participants;
    }

    public String getMediator() {
        return mediator;
    }

    public String getRecordText() {
        return recordText;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
