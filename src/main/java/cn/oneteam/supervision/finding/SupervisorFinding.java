package cn.oneteam.supervision.finding;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * 监督意见: what an external supervisor found about a body on a day, what it points at (the case id, the inspection
 * code or the complaint's tracking number) and the 司法局's answer once given
 * (docs/adr/0038-external-supervisors-and-exams.md). Not the conclusion of a complaint.
 */
public record SupervisorFinding(long id, long bodyId, String bodyName, @Nullable ReferenceKind referenceKind,
		@Nullable String reference, String text, LocalDate observedOn, String recorderName, OffsetDateTime recordedAt,
		@Nullable String answer, @Nullable LocalDate answeredOn) {

	public boolean answered() {
		return answer != null;
	}

	/** What recording a finding needs; {@code observedOn} today when none. */
	public record New(@Nullable Long bodyId, @Nullable ReferenceKind referenceKind, @Nullable String reference,
			@Nullable String text, @Nullable LocalDate observedOn) {
	}

	/** The 司法局's answer. */
	public record Answer(@Nullable String answer) {
	}

	/** A body a finding may be about. */
	public record Body(long id, String name) {
	}
}
