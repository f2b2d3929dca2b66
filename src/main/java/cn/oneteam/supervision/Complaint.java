package cn.oneteam.supervision;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A complaint as the supervising body sees it: the complainant's name and phone masked, the due dates and whether a
 * period was or is overrun (docs/adr/0033-enforcement-complaints.md).
 */
public record Complaint(long id, String trackingNumber, ComplaintChannel channel, @Nullable String hotlineOrder,
		String complainantName, String complainantPhone, long bodyId, String bodyName, String bodySeat,
		@Nullable Long caseId, @Nullable String certificate, @Nullable String inspectionCode, String facts,
		ComplaintState state, LocalDate receivedOn, LocalDate acceptDue, @Nullable LocalDate acceptedOn,
		@Nullable LocalDate concludeDue, boolean extended, @Nullable String extensionReason,
		@Nullable String refusalReason, @Nullable Finding finding, @Nullable String answer, @Nullable LocalDate closedOn,
		boolean overdue) {
}
