package org.fazhi.enforcement.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * 实施行政强制措施 — what staff submit to record a coercive measure on a case; the API and the case page bind it alike.
 * The officers who applied it (at least two with a certificate valid that day, 《行政强制法》第18条) and the day are
 * checked by {@link CoerciveMeasures#record}.
 */
public record RecordMeasure(
        @NotNull(message = "{enforcement.measure.kindRequired}") CoerciveMeasureKind measureKind,
        @NotBlank(message = "{enforcement.measure.subjectRequired}")
        @Size(max = 1000, message = "{enforcement.measure.subjectRequired}") String measureSubject,
        @NotBlank(message = "{enforcement.measure.numberRequired}")
        @Size(max = 60, message = "{enforcement.measure.numberRequired}") String measureNumber,
        @NotNull(message = "{enforcement.measure.appliedOnRequired}") @DateTimeFormat(iso = ISO.DATE)
        LocalDate appliedOn,
        List<Long> officerIds) {

    public List<Long> officers() {
        return officerIds == null ? List.of() : officerIds;
    }
}
