package org.fazhi.study.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.AuditNamed;

/**
 * 学法活动 — one study session of the town's leaders: when, at what occasion, on what topic, who hosted it, the
 * accounts of the staff who attended (when recorded by name) and how many took part.
 */
@Entity
@Table(name = "study_session")
public class StudySession extends ScopedRecord implements AuditNamed {

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private StudyForm form;

    @Column(nullable = false, length = 200)
    private String topic;

    @Column(nullable = false, length = 60)
    private String host;

    @Column(nullable = false)
    private int participants;

    @Column(length = 500)
    private String materials;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "study_attendee", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "username", length = 60)
    private Set<String> attendees = new TreeSet<>();

    protected StudySession() {
    }

    StudySession(LocalDate heldOn, StudyForm form, String topic, String host, int participants, String materials,
                 Set<String> attendees, OrgUnitView holder) {
        this.heldOn = heldOn;
        this.form = form;
        this.topic = topic;
        this.host = host;
        this.participants = participants;
        this.materials = materials;
        this.attendees.addAll(attendees);
        assignHolder(holder);
    }

    @Override
    public String auditName() {
        return heldOn + " " + topic;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public StudyForm getForm() {
        return form;
    }

    public String getTopic() {
        return topic;
    }

    public String getHost() {
        return host;
    }

    public int getParticipants() {
        return participants;
    }

    public String getMaterials() {
        return materials;
    }

    public Set<String> getAttendees() {
        return java.util.Collections.unmodifiableSet(attendees);
    }
}
