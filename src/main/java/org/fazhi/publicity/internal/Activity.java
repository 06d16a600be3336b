package org.fazhi.publicity.internal;

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
 * 普法活动 — one legal-education activity: a campaign (法治宣传活动) or a session in a village (入村普法), with its
 * themes, who organised it, where, for whom, how many took part and how many copies of material were handed out.
 * Held by the unit that recorded it (the judicial office or an enforcement department, for its duty list).
 */
@Entity
@Table(name = "publicity_activity")
public class Activity extends ScopedRecord implements AuditNamed {

    /** The attachment owner type of an activity's photos and sign-in sheets. */
    public static final String FILES = "publicity-activity";

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "activity_type", nullable = false, length = 20)
    private ActivityType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActivityForm form;

    @Column(nullable = false, length = 100)
    private String organiser;

    /** The village it took place in; none for a town-wide activity. Not the scope's village: the holder decides that. */
    @Column(name = "venue_village_id")
    private Long venueVillageId;

    @Column(length = 200)
    private String place;

    @Column(length = 60)
    private String speaker;

    @Column(length = 100)
    private String audience;

    @Column(nullable = false)
    private int participants;

    @Column(nullable = false)
    private int materials;

    @Column(name = "duty_item_id")
    private Long dutyItemId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "publicity_activity_theme", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "theme", length = 40)
    private Set<String> themes = new TreeSet<>();

    protected Activity() {
    }

    Activity(Activities.NewActivity a, Long venueVillageId, OrgUnitView holder) {
        this.heldOn = a.heldOn();
        this.name = a.name();
        this.type = a.type();
        this.form = a.form();
        this.organiser = a.organiser();
        this.venueVillageId = venueVillageId;
        this.place = a.place();
        this.speaker = a.speaker();
        this.audience = a.audience();
        this.participants = a.participants();
        this.materials = a.materials();
        this.dutyItemId = a.dutyItemId();
        this.themes.addAll(a.themes());
        assignHolder(holder);
    }

    @Override
    public String auditName() {
        return heldOn + " " + name;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getName() {
        return name;
    }

    public ActivityType getType() {
        return type;
    }

    public ActivityForm getForm() {
        return form;
    }

    public String getOrganiser() {
        return organiser;
    }

    public Long getVenueVillageId() {
        return venueVillageId;
    }

    public String getPlace() {
        return place;
    }

    public String getSpeaker() {
        return speaker;
    }

    public String getAudience() {
        return audience;
    }

    public int getParticipants() {
        return participants;
    }

    public int getMaterials() {
        return materials;
    }

    public Long getDutyItemId() {
        return dutyItemId;
    }

    public Set<String> getThemes() {
        return java.util.Collections.unmodifiableSet(themes);
    }
}
