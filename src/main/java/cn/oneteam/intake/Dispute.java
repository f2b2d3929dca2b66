package cn.oneteam.intake;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * 争议: nobody is responsible, several are, or the units refuse the event; the county coordinating body decides
 * within the configured working days, and the decision may become a responsibility boundary.
 */
public record Dispute(long id, long eventId, String trackingNumber, String countyCode, Reason reason, String detail,
		OffsetDateTime openedAt, LocalDate decideDueOn, @Nullable Long decidedOrgId, @Nullable String decision,
		@Nullable OffsetDateTime decidedAt, @Nullable Long boundaryId) {

	public enum Reason {
		NOBODY_RESPONSIBLE, SEVERAL_RESPONSIBLE, REFUSED
	}

	public boolean decided() {
		return decidedAt != null;
	}
}
