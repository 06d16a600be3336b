package org.fazhi.emergency.internal;

import org.fazhi.deadline.ClockSubject;
import org.fazhi.files.AttachmentOwner;
import org.fazhi.files.AttachmentOwners;
import org.fazhi.organization.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's places in the deadline register and the files. */
@Configuration
class EmergencyModuleConfig {

    /** The owner type of a plan's documents (预案文本). */
    public static final String PLAN_ATTACHMENTS = "emergency-plan";

    /** An incident's reporting clocks in the deadline register: read with EMERGENCY_READ, linked to the incident. */
    @Bean
    ClockSubject incidentClockSubject() {
        return new ClockSubject(EmergencyClock.INCIDENT, "EMERGENCY_READ", "/emergency/incidents/{id}");
    }

    @Bean
    ClockSubject planClockSubject() {
        return new ClockSubject(EmergencyClock.PLAN, "EMERGENCY_READ", "/emergency/plans/{id}");
    }

    @Bean
    AttachmentOwner planAttachmentOwner(AttachmentOwners owners, PlanRepository plans) {
        return owners.of(PLAN_ATTACHMENTS, plans::findById, Permission.EMERGENCY_READ, Permission.EMERGENCY_MANAGE);
    }
}
