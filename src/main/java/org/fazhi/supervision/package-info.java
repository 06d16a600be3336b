/**
 * 行政执法监督 — the judicial office's supervision of the town's enforcement: complaints and reports about enforcement
 * (投诉举报) received on any channel or on the portal, each accepted or not within the town's acceptance period with
 * the reason told, and handled within the town's handling period on the deadline engine, with the finding, the
 * measures taken and the reply the complainant reads by tracking code; and the annual case-file review (案卷评查) of the
 * cases the town decided, drawn at random per department with a recorded seed and scored on a maintained checklist.
 */
@org.springframework.modulith.ApplicationModule(displayName = "行政执法监督 Enforcement supervision")
package org.fazhi.supervision;
