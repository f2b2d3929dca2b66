package cn.oneteam.supervision.campaign;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * 整改 (docs/adr/0035-review-campaigns-and-rectification.md): a task for a body, where it came from, its due day and
 * state, overdue when still open after the due day or answered after it, and the body's answers, newest first.
 */
public record Rectification(long id, long bodyId, String bodyName, Source source, String sourceRef, String title,
		LocalDate dueOn, State state, boolean overdue, OffsetDateTime openedAt, @Nullable LocalDate closedOn,
		@Nullable String closeNote, int reopened, List<Answer> answers) {

	public Rectification {
		answers = List.copyOf(answers);
	}

	/** Where a task comes from: a campaign's scored case, an alert, a supervisor's finding, a complaint. */
	public enum Source {
		CAMPAIGN, ALERT, FINDING, COMPLAINT
	}

	/** 待整改, 已答复, 已办结. */
	public enum State {
		OPEN, ANSWERED, CLOSED
	}

	/** An answer: what was done, and its evidence (description and file, with the file's SHA-256) when given. */
	public record Answer(long id, String whatWasDone, @Nullable String evidenceDescription, @Nullable String fileName,
			@Nullable Long size, @Nullable String sha256, OffsetDateTime answeredAt) {

		public boolean hasEvidence() {
			return sha256 != null && evidenceDescription != null;
		}
	}

	/** A new task: the body, the source and its reference, the title and the due day. */
	public record NewRectification(@Nullable Long bodyId, @Nullable Source source, @Nullable String sourceRef,
			@Nullable String title, @Nullable LocalDate dueOn) {
	}

	/** The close note, or the reopening's reason and new due day. */
	public record Step(@Nullable String note, @Nullable LocalDate dueOn) {
	}
}
