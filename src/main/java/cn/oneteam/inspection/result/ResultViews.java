package cn.oneteam.inspection.result;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import cn.oneteam.inspection.visit.Visit;
import cn.oneteam.inspection.visit.VisitOutcome;
import org.jspecify.annotations.Nullable;

/** What the staff and the public see of a visit's result (docs/adr/0030-recording-and-publishing-inspections.md). */
public final class ResultViews {

	private ResultViews() {
	}

	/**
	 * A visit (a natural person's code masked) with its checklist (answered once recorded), its photos and, once
	 * recorded, what was entered; the company's rating secret only in the answer to the recording, never again
	 * (docs/adr/0029-inspection-code-public-check-and-rating.md).
	 */
	public record Result(Visit visit, List<ChecklistItem> items, List<Photo> photos, @Nullable Recorded recorded,
			@Nullable String ratingSecret) {

		public Result(Visit visit, List<ChecklistItem> items, List<Photo> photos, @Nullable Recorded recorded) {
			this(visit, items, photos, recorded, null);
		}

		Result withRatingSecret(String secret) {
			return new Result(visit, items, photos, recorded, secret);
		}
	}

	/** One item of the visit's parts, with its answer once recorded. */
	public record ChecklistItem(long itemId, String name, String content, @Nullable Verdict verdict,
			@Nullable String note) {
	}

	/** What the inspector entered beyond the answers; the visit row carries the day, outcome, case and deadline. */
	public record Recorded(boolean afterWindow, @Nullable BigDecimal latitude, @Nullable BigDecimal longitude,
			@Nullable BigDecimal accuracy, @Nullable String signatureSha256, @Nullable LocalDate correctionDeadline,
			@Nullable String correctionRequirement, @Nullable String matterCode, boolean publishDueProvisional) {
	}

	/** A photo of the visit: its type, size and SHA-256 (the bytes at {@code …/photos/{id}}). */
	public record Photo(long id, String contentType, long size, String sha256, OffsetDateTime uploadedAt) {
	}

	/** A published result as anyone sees it: natural persons' names masked. */
	public record Public(long id, List<String> departments, String subject, LocalDate inspectedOn,
			List<PublicItem> items, VisitOutcome outcome, String outcomeText, LocalDate publishedOn) {
	}

	/** An item checked and its answer, in words. */
	public record PublicItem(String name, Verdict verdict, String verdictText) {
	}

	/** A page of published results, newest publication first. */
	public record PublicPage(int page, int size, long total, List<Public> results) {
	}
}
