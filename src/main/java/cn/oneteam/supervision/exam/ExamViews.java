package cn.oneteam.supervision.exam;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import cn.oneteam.shared.EnforcementDomain;
import org.jspecify.annotations.Nullable;

/** What the exam API answers and takes (docs/adr/0038-external-supervisors-and-exams.md). */
public final class ExamViews {

	private ExamViews() {
	}

	/**
	 * An exam session: its subjects are 通用法律知识 (general) and 专门法律知识 (the domain's), each scored 0–100; a
	 * candidate passes with both at or above the pass mark.
	 */
	public record Session(long id, String name, LocalDate heldOn, EnforcementDomain domain, BigDecimal passMark,
			long organiserId, String organiserName, int candidates, int passed, @Nullable OffsetDateTime publishedAt) {

		public boolean published() {
			return publishedAt != null;
		}
	}

	/** A candidate as the organiser sees it, by name. */
	public record Candidate(long id, long sessionId, long personId, String personName, long bodyId, String bodyName,
			@Nullable BigDecimal generalScore, @Nullable BigDecimal specialScore, @Nullable Boolean passed) {
	}

	/** One line of the public pass list: the name masked (张某某) and the body. */
	public record Pass(String name, String bodyName) {
	}

	/** The public pass list of a published session. */
	public record PassList(String session, LocalDate heldOn, EnforcementDomain domain, java.util.List<Pass> passes) {
	}

	public record NewSession(@Nullable String name, @Nullable LocalDate heldOn, @Nullable EnforcementDomain domain,
			@Nullable BigDecimal passMark) {
	}

	public record Registration(@Nullable Long personId) {
	}

	public record Scores(@Nullable BigDecimal general, @Nullable BigDecimal special) {
	}
}
