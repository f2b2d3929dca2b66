package cn.oneteam.inspection.code;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import cn.oneteam.inspection.ItemMethod;
import cn.oneteam.inspection.visit.VisitKind;
import cn.oneteam.inspection.visit.VisitOutcome;
import cn.oneteam.inspection.visit.VisitState;
import cn.oneteam.subject.quiet.InspectionTrigger;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What the code's answers show (docs/adr/0029-inspection-code-public-check-and-rating.md). */
public final class CodeViews {

	private CodeViews() {
	}

	/** An inspector as the party inspected sees them: name and enforcement certificate number (处罚法 §55). */
	public record Inspector(@Nullable String name, String certificateNumber) {
	}

	/** An item to be checked: its name, legal basis and method. */
	public record Item(String name, String legalBasis, ItemMethod method) {
	}

	/**
	 * The public answer to a code: authorised (planned and today in its window, recorded or published; a cancelled
	 * visit is not), by which
	 * departments and inspectors, for which items, in which window (and whether today lies in it), the state, the
	 * subject's name (a natural person's masked), and whether the company may rate it now or has rated it.
	 */
	public record PublicCheck(String code, boolean authorised, VisitState state, VisitKind kind, boolean onSite,
			String subjectName, List<String> departments, List<Inspector> inspectors, List<Item> items,
			LocalDate windowFrom, LocalDate windowUntil, boolean todayInWindow, boolean ratable, boolean rated) {
	}

	/** The 检查通知 the inspectors hand over: everything of the public check, with the code, its address and QR. */
	public record Notice(long visitId, String code, String publicUrl, String subjectName, String subjectCode,
			VisitKind kind, InspectionTrigger trigger, boolean onSite, String leadDepartment, List<String> departments,
			List<Inspector> inspectors, List<Item> items, LocalDate windowFrom, LocalDate windowUntil,
			VisitState state) {
	}

	/**
	 * The company's rating as sent: a score 1–5, the conduct it reports (optional), a comment (optional), and the
	 * rating secret printed on its copy of the record.
	 */
	public record RatingInput(@NotNull @Min(1) @Max(5) Integer score, @Nullable List<@NotNull RatingConduct> conduct,
			@Nullable @Size(max = 500) String comment, @Nullable @Size(max = 16) String secret) {
	}

	/** A rating as supervision reads it, the comment masked. */
	public record Rating(long visitId, int score, List<RatingConduct> conduct, @Nullable String comment,
			OffsetDateTime ratedAt, String subjectCode, String divisionCode, List<Long> departmentIds,
			@Nullable LocalDate inspectedOn) {
	}

	/** A visit recorded without its code (flagged for supervision). */
	public record Uncoded(long visitId, String subjectCode, String divisionCode, List<Long> departmentIds,
			VisitState state, @Nullable LocalDate inspectedOn, @Nullable VisitOutcome outcome, long recordedBy,
			@Nullable String recordedByName, OffsetDateTime recordedAt) {
	}

	/** A refused use of a code: who (the account and the person), when, why. */
	public record RefusedUse(long id, long visitId, String typedCode, long accountId, @Nullable String personName,
			OffsetDateTime usedAt, String refusal, String divisionCode) {
	}
}
