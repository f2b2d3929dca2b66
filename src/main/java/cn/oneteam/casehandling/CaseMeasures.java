package cn.oneteam.casehandling;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import cn.oneteam.casehandling.MeasureInputs.RemedyKind;
import cn.oneteam.casehandling.MeasureInputs.TransferKind;
import cn.oneteam.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * 措施与期间登记: what a case holds and held — evidence preserved and property sealed or impounded with their terms
 * (处罚法 §56; 强制法 §25), the spans of testing and suspension that stopped its periods (市监 §46, §64), its
 * transfers (国务院令第310号) and the party's remedy periods (处罚法 §73).
 */
public record CaseMeasures(List<Measure> measures, List<Pause> pauses, List<Transfer> transfers, List<Remedy> remedies) {

	/**
	 * A preservation or seizure with the clock of its period: in force until it ends; a preservation nobody decided on
	 * lapsed (市监 §35), with {@code endedOn} the day its period ran out.
	 */
	public record Measure(long id, MeasureKind kind, List<String> items, String reason, LocalDate startedOn, long clock,
			List<String> certificates, @Nullable String witness, LocalDate dueOn, int extendedDays,
			@Nullable LocalDate extensionNotifiedOn, State state, @Nullable LocalDate endedOn, @Nullable String outcome,
			@Nullable String note) {
	}

	/** A testing or a suspension, open while {@code endedOn} is null. */
	public record Pause(long id, PauseKind kind, String ground, String detail, @Nullable Long measure,
			LocalDate startedOn, @Nullable LocalDate expectedEndOn, @Nullable LocalDate partyNotifiedOn,
			@Nullable LocalDate endedOn, @Nullable String result) {
	}

	/**
	 * A transfer as reported, approved (late or not), sent and answered; a judicial refusal's last day to request
	 * reconsideration, provisional while it reaches a year whose schedule is not loaded yet.
	 */
	public record Transfer(long id, TransferKind kind, String receiver, String reason, LocalDate reportedOn,
			CaseStage fromStage, List<String> certificates, @Nullable OffsetDateTime approvedAt, boolean approvalOverdue,
			@Nullable OffsetDateTime sentAt, @Nullable @Money BigDecimal finePaid, @Nullable LocalDate answeredOn,
			@Nullable Boolean accepted, @Nullable String answerNote, @Nullable LocalDate reconsiderationOn,
			@Nullable Long receiverOrganization, @Nullable LocalDate reconsiderationDue,
			boolean reconsiderationDueProvisional) {
	}

	/** A 复议 or 诉讼 pending from {@code from} to {@code to} (both counted), open while {@code to} is null. */
	public record Remedy(long id, RemedyKind kind, LocalDate from, @Nullable LocalDate to) {
	}

	/** 先行登记保存, 查封, 扣押. */
	public enum MeasureKind {
		PRESERVATION, SEAL, IMPOUND
	}

	public enum PauseKind {
		TESTING, SUSPENSION
	}

	/** In force, ended by a decision, or lifted on its own when its period ran out. */
	public enum State {
		IN_FORCE, ENDED, LAPSED
	}
}
