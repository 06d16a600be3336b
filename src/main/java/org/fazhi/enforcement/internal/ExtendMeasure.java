package org.fazhi.enforcement.internal;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * 延长强制措施期限 — the head's approval to extend a 查封、扣押 or 冻结 (《行政强制法》第25条、第32条): by how many days,
 * approved on which day, and why; checked by {@link CoerciveMeasure#extend}. The page and the API bind it alike.
 */
public record ExtendMeasure(Integer days, @DateTimeFormat(iso = ISO.DATE) LocalDate approvedOn, String reason) {
}
