package cn.oneteam.supervision;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** What the API and pages take and answer for complaints (docs/adr/0033-enforcement-complaints.md). */
public final class ComplaintInputs {

	private ComplaintInputs() {
	}

	/**
	 * A complaint: who (name and phone, personal data), about which enforcement body, optionally the case (its id or
	 * decision number), an officer's certificate number and an inspection code; the facts (≤ 2000 characters).
	 */
	public record NewComplaint(@Nullable String name, @Nullable String phone, @Nullable Long bodyId,
			@Nullable @Schema(description = "case id or decision number") String caseReference,
			@Nullable String certificate, @Nullable String inspectionCode, @Nullable String facts) {
	}

	/** A 12345 work order carrying a complaint: the hotline's order number (idempotent) and the complaint. */
	public record HotlineComplaint(@Nullable String orderNumber, @Nullable NewComplaint complaint) {
	}

	/** The answer to a complaint received: the tracking number, whether this was a repeat of a 12345 order. */
	public record Receipt(String trackingNumber, ComplaintState state, LocalDate receivedOn, boolean repeated) {
	}

	/** What the public follow-up page shows: the state and the answer only, never the complainant. */
	public record PublicView(String trackingNumber, String bodyName, ComplaintState state, LocalDate receivedOn,
			@Nullable String refusalReason, @Nullable Finding finding, @Nullable String answer,
			@Nullable LocalDate closedOn) {
	}

	/** A reason (refusal, extension). */
	public record Reason(@Nullable String reason) {
	}

	/** The conclusion: the finding and the answer to the complainant. */
	public record Conclusion(@Nullable Finding finding, @Nullable String answer) {
	}

	/**
	 * Complaints counted against one body in a year: received, substantiated and partly substantiated; and how many of
	 * them the supervising body accepted or concluded late ({@code handledLate}: the supervisor's lateness, reported
	 * beside the body's figures, not counted against it).
	 */
	public record BodyFigures(long bodyId, String bodyName, int received, int substantiated, int partly,
			int handledLate) {
	}

	/** An enforcement body the public may complain about. */
	public record Body(long id, String name) {
	}
}
