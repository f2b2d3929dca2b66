package cn.oneteam.subject;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/** A licence of a subject as every answer shows it; its standing on a day follows from its dates. */
public record LicenceView(long id, long subjectId, String kind, String number, String issuerCode, String issuerName,
		LocalDate validFrom, @Nullable LocalDate validUntil, @Nullable String scope, LicenceSource source,
		@Nullable LocalDate revokedOn, @Nullable String revokedReason, OffsetDateTime recordedAt) implements Serializable {

	/** 有效, 未生效, 已过期 or 已吊销 on the day. */
	public Standing standingOn(LocalDate day) {
		if (revokedOn != null && !day.isBefore(revokedOn)) {
			return Standing.REVOKED;
		}
		if (day.isBefore(validFrom)) {
			return Standing.NOT_YET_VALID;
		}
		if (validUntil != null && day.isAfter(validUntil)) {
			return Standing.EXPIRED;
		}
		return Standing.VALID;
	}

	public enum Standing {
		VALID, NOT_YET_VALID, EXPIRED, REVOKED
	}
}
