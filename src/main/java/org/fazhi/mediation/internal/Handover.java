package org.fazhi.mediation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.fazhi.shared.TownOwned;

/** 移交 — a dispute handed from one committee to another (a village committee to the town committee). */
@Entity
@Table(name = "mediation_handover")
public class Handover extends DisputePart implements TownOwned {

    @Column(name = "town_id", nullable = false)
    private Long townId;

    @Column(name = "from_unit_id", nullable = false)
    private Long fromUnitId;

    @Column(name = "to_unit_id", nullable = false)
    private Long toUnitId;

    @Column(name = "handed_on", nullable = false)
    private LocalDate handedOn;

    @Column(name = "handed_by", nullable = false)
    private String handedBy;

    @Column(nullable = false)
    private String reason;

    protected Handover() {
    }

    Handover(long townId, long fromUnitId, long toUnitId, LocalDate handedOn, String handedBy, String reason) {
        this.townId = townId;
        this.fromUnitId = fromUnitId;
        this.toUnitId = toUnitId;
        this.handedOn = handedOn;
        this.handedBy = handedBy;
        this.reason = reason;
    }

    @Override
    public Long getTownId() {
        return townId;
    }

    public Long getFromUnitId() {
        return fromUnitId;
    }

    public Long getToUnitId() {
        return toUnitId;
    }

    public LocalDate getHandedOn() {
        return handedOn;
    }

    public String getHandedBy() {
        return handedBy;
    }

    public String getReason() {
        return reason;
    }
}
