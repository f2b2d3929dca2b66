package cn.oneteam.subject.quiet;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * A subject's quiet entry: kind, from and until (both included; no until is open-ended), reason, deciding body, who
 * set it and when; once ended, the first day it no longer applies, why, who ended it and when. Never deleted.
 */
public record QuietEntry(long id, long subjectId, QuietKind kind, LocalDate validFrom, @Nullable LocalDate validUntil,
		String reason, String decidingBody, long setByAccountId, OffsetDateTime setAt, @Nullable LocalDate endedOn,
		@Nullable String endReason, @Nullable Long endedByAccountId, @Nullable OffsetDateTime endedAt) {

	/** Whether the entry applies on the day: from ≤ day ≤ until, and the day before its end if ended. */
	public boolean appliesOn(LocalDate day) {
		return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil))
				&& (endedOn == null || day.isBefore(endedOn));
	}

	public boolean ended() {
		return endedOn != null;
	}
}
