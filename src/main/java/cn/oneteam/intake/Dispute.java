package cn.oneteam.intake;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * 争议: nobody is responsible, several are, the units refuse the event or two units claim it; the county coordinating
 * body decides within the configured working days, and the decision may become a responsibility boundary. The claims
 * that led to it (or joined it) are listed.
 */
public record Dispute(long id, long eventId, String trackingNumber, String countyCode, Reason reason, String detail,
		OffsetDateTime openedAt, LocalDate decideDueOn, boolean decideDueProvisional, @Nullable Long decidedOrgId, @Nullable String decision,
		@Nullable OffsetDateTime decidedAt, @Nullable Long boundaryId, List<Claim> claims) {

	public enum Reason {
		NOBODY_RESPONSIBLE, SEVERAL_RESPONSIBLE, REFUSED, CLAIMED
	}

	/** 认领: a unit says the event is its own, with its reason. */
	public record Claim(long orgId, String unit, String reason, OffsetDateTime claimedAt) {
	}

	public boolean decided() {
		return decidedAt != null;
	}
}
