package cn.oneteam.credit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import cn.oneteam.subject.SubjectView;
import org.jspecify.annotations.Nullable;

/** What the credit API and page answer (docs/adr/0022-credit-and-risk.md). */
public final class CreditViews {

	private CreditViews() {
	}

	/** An entry of the 经营异常名录 or the 严重违法失信名单; open while {@code removedOn} is empty. */
	public record ListEntry(long id, long subjectId, ListKind list, @Nullable AbnormalGround ground, String reason,
			String decidingBody, @Nullable Long caseId, @Nullable String decisionNumber, LocalDate listedOn,
			LocalDate termEndsOn, @Nullable LocalDate removedOn, @Nullable String removalReason) {

		public boolean open() {
			return removedOn == null;
		}
	}

	public enum RepairStatus {
		PENDING, APPROVED, REFUSED
	}

	/** An application for 信用修复 of one fact and its decision. */
	public record Repair(long id, long subjectId, long factId, String ground, LocalDate appliedOn, RepairStatus status,
			@Nullable String decision, @Nullable OffsetDateTime decidedAt) {
	}

	/** A recorded class of the subject, with the facts that counted. */
	public record GradeEntry(long id, CreditClass creditClass, int score, OffsetDateTime computedAt, String cause,
			List<Grading.Reason> reasons) {
	}

	/** A fact with the day a repair may be applied for (null: not repairable) and whether it counts today. */
	public record FactView(CreditFact fact, boolean countsToday, @Nullable LocalDate repairEligibleOn) {
	}

	/** A subject's credit record: the class today, its history newest first, the facts, the list entries, the repairs. */
	public record SubjectCredit(SubjectView subject, Grading.Grade now, List<GradeEntry> history, List<FactView> facts,
			List<ListEntry> lists, List<Repair> repairs) {
	}
}
