package org.fazhi.enforcement.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** 送达 — the decision served on the party (《行政处罚法》第61条): the day and the way; in person unless stated. */
@Embeddable
public class ServiceOfDecision {

    static final String IN_PERSON = "直接送达";

    @Column(name = "served_on")
    private LocalDate servedOn;
    @Column(name = "service_method", length = 30)
    private String method;

    void serve(LocalDate on, String method) {
        this.servedOn = on;
        this.method = method == null || method.isBlank() ? IN_PERSON : method.strip();
    }

    public LocalDate getServedOn() { return servedOn; }
    public String getMethod() { return method; }
}
