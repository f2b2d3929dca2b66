package cn.oneteam.intake;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * 投诉举报查实: a complaint or report about a subject of the register was replied to as substantiated, on the day given
 * (Beijing time); published in the reply's transaction (docs/adr/0014-typed-events.md,
 * docs/adr/0019-subject-register.md). The credit module counts it as a fact of the subject's record. An event replied
 * to again after "not fixed" publishes it again; listeners count it once per event.
 */
public record ComplaintUpheld(long eventId, long subjectId, String trackingNumber, LocalDate on,
		OffsetDateTime occurredAt) {
}
