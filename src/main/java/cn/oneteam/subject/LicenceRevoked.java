package cn.oneteam.subject;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * 许可被吊销/撤销: a subject's licence was revoked — published to other modules through the event publication registry
 * (docs/adr/0014-typed-events.md), so that the issuing department hears of it (审管联动).
 */
public record LicenceRevoked(long licenceId, long subjectId, String kind, String number, String issuerCode,
		LocalDate revokedOn, String reason, OffsetDateTime occurredAt) {
}
