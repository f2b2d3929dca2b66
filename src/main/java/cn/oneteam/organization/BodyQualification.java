package cn.oneteam.organization;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * 执法主体资格确认: one yearly confirmation of an enforcement body by the supervising 司法局 — its legal basis, the
 * matters it may enforce (all of the body's matters in the catalogue, or the listed matter codes), the period of
 * validity — and whether it was announced or revoked (docs/adr/0037-enforcement-bodies-qualification.md).
 */
public record BodyQualification(long id, long bodyId, int year, String legalBasis, boolean allMatters,
		List<String> matters, LocalDate validFrom, LocalDate validTo, long confirmedBy, OffsetDateTime confirmedAt,
		@Nullable OffsetDateTime publishedAt, @Nullable LocalDate revokedOn, @Nullable String revocationReason) {

	public BodyQualification {
		matters = List.copyOf(matters);
	}

	public boolean published() {
		return publishedAt != null;
	}

	public boolean revoked() {
		return revokedOn != null;
	}

	/** The last day it covers: the end of its period, or the day before its revocation took effect. */
	public LocalDate lastDay() {
		return revokedOn != null && !revokedOn.isAfter(validTo) ? revokedOn.minusDays(1) : validTo;
	}

	/** Whether the body was confirmed on the day: within the period and before any revocation. */
	public boolean covers(LocalDate day) {
		return !day.isBefore(validFrom) && !day.isAfter(lastDay());
	}
}
