package cn.oneteam.casehandling;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import cn.oneteam.casehandling.CaseMeasures.MeasureKind;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What the investigation's measures, pauses, early endings, transfers and remedy periods take (处罚法 §56; 强制法
 * §18–§28; 市监 §35, §46, §47, §64; 国务院令第310号); the API accepts these as JSON bodies.
 */
public final class MeasureInputs {

	private MeasureInputs() {
	}

	/** 先行登记保存 (处罚法 §56; 市监 §33, §34): the items counted on the spot before the officers and the party. */
	public record Preservation(@NotNull LocalDate on,
			@NotEmpty @Size(max = 100) List<@NotBlank @Size(max = 200) String> items, @NotBlank @Size(max = 1000) String reason, @NotEmpty @Size(max = 6) List<@NotNull Long> officers,
			boolean certificateShown, boolean partyPresent, @Nullable @Size(max = 100) String witness) {
	}

	/** 先行登记保存处理决定 (市监 §35). */
	public record PreservationDecision(@NotNull Long measure, @NotNull LocalDate on,
			@NotNull PreservationOutcome outcome, @NotBlank @Size(max = 1000) String note) {
	}

	/** 查封、扣押 with its inventory (强制法 §18, §24). */
	public record Seizure(@NotNull SeizureKind kind, @NotNull LocalDate on,
			@NotEmpty @Size(max = 100) List<@NotBlank @Size(max = 200) String> items,
			@NotBlank @Size(max = 1000) String reason, @NotEmpty @Size(max = 6) List<@NotNull Long> officers,
			boolean certificateShown, boolean partyPresent, @Nullable @Size(max = 100) String witness) {
	}

	/** 查封扣押延期 (强制法 §25): the written notice to the party and its reasons. */
	public record SeizureExtension(@NotNull Long measure, @NotNull LocalDate notifiedOn,
			@NotBlank @Size(max = 1000) String reason) {
	}

	/** 解除查封扣押 (强制法 §28) or its handling by confiscation or destruction (§27). */
	public record SeizureRelease(@NotNull Long measure, @NotNull LocalDate on, @NotNull SeizureEnd ground,
			@NotBlank @Size(max = 1000) String note) {
	}

	/**
	 * 检测、检验、检疫、鉴定 (强制法 §25; 市监 §64): the period fixed in advance and, where items held under
	 * {@code seizure} are examined, the day the party was told in writing.
	 */
	public record Testing(@NotNull TestingKind kind, @NotNull LocalDate on, @NotBlank @Size(max = 200) String institution,
			@NotBlank @Size(max = 700) String subject, @NotNull LocalDate expectedEndOn, @Nullable Long seizure,
			@Nullable LocalDate partyNotifiedOn) {
	}

	/** 检测结果. */
	public record TestingResult(@NotNull LocalDate on, @NotBlank @Size(max = 2000) String result) {
	}

	/** 中止调查 (市监 §46). */
	public record Suspension(@NotNull LocalDate on, @NotNull SuspensionGround ground,
			@NotBlank @Size(max = 1000) String reason) {
	}

	/** 恢复调查: the cause of the suspension has ended (市监 §46). */
	public record Resumption(@NotNull LocalDate on, @NotBlank @Size(max = 1000) String reason) {
	}

	/**
	 * 延长办案期限 (市监 §64): the first extension is the configured 30 days; a further one needs the heads' collective
	 * discussion and the days it fixed.
	 */
	public record DecisionExtension(@NotNull LocalDate on, @NotBlank @Size(max = 1000) String reason,
			@Nullable LocalDate collectiveDiscussionOn, @Nullable @Min(1) @Max(365) Integer days) {
	}

	/** 终止调查 (市监 §47). */
	public record Termination(@NotNull LocalDate on, @NotNull TerminationGround ground, boolean noSuccessor,
			@NotBlank @Size(max = 1000) String evidence) {
	}

	/**
	 * 移送报告 (国务院令第310号 §5; 市监 §17): a judicial transfer names the team of two or more officers; a transfer to
	 * another body may name it as an organisation of the platform, whose staff then read the case once it is sent
	 * (docs/adr/0009-who-may-do-what.md).
	 */
	public record Transfer(@NotNull TransferKind kind, @NotBlank @Size(max = 200) String receiver,
			@NotBlank @Size(max = 2000) String reason, @NotNull @Schema(example = "2026-10-12") LocalDate reportedOn,
			@Nullable @Size(max = 6) List<@NotNull Long> officers, @Nullable Long receiverOrganization) {
	}

	/** 移送送达 (国务院令第310号 §5, §6), with any fine already paid to be offset (§11). */
	public record TransferSent(@NotNull OffsetDateTime sentAt,
			@Nullable @DecimalMin("0.01") @DecimalMax("999999999999") @Digits(integer = 12, fraction = 2) BigDecimal finePaid) {
	}

	/** 接收方答复 (国务院令第310号 §8, §9): accepted or refused, and any request to reconsider a refusal. */
	public record TransferAnswer(@NotNull LocalDate answeredOn, boolean accepted,
			@NotBlank @Size(max = 1000) String note, @Nullable LocalDate reconsiderationOn) {
	}

	/** 申请复议或者提起诉讼 (处罚法 §73). */
	public record RemedyStart(@NotNull RemedyKind kind, @NotNull LocalDate from) {
	}

	/** 复议决定或者裁判生效. */
	public record RemedyEnd(@NotNull LocalDate on) {
	}

	/** 先行登记保存的处理决定, the five of 市监 §35. */
	public enum PreservationOutcome {
		/** 记录、复制、拍照、录像等证据保全. */
		SECURE_BY_RECORDING,
		/** 送交检验、检测、检疫、鉴定. */
		SEND_FOR_TESTING,
		/** 依法采取查封、扣押. */
		SEIZE,
		/** 依法予以没收. */
		CONFISCATE,
		/** 解除先行登记保存. */
		RELEASE
	}

	/** 查封 or 扣押 (强制法 §9). */
	public enum SeizureKind {
		SEAL, IMPOUND;

		public MeasureKind measure() {
			return MeasureKind.valueOf(name());
		}
	}

	/** How a seizure ends: the grounds of 强制法 §28 (1)–(5), or handled by confiscation or destruction (§27). */
	public enum SeizureEnd {
		NO_VIOLATION, UNRELATED, DECIDED_NO_LONGER_NEEDED, TERM_EXPIRED, OTHERWISE_UNNECESSARY, CONFISCATED, DESTROYED
	}

	/** 检测、检验、检疫、技术鉴定 (强制法 §25). */
	public enum TestingKind {
		TESTING, INSPECTION, QUARANTINE, APPRAISAL
	}

	/** 中止调查的情形 (市监 §46). */
	public enum SuspensionGround {
		/** 须以相关案件的裁判结果或者其他行政决定为依据. */
		DEPENDS_ON_OTHER_CASE,
		/** 涉及法律适用等问题，需要送请有权机关作出解释或者确认. */
		LEGAL_INTERPRETATION,
		/** 因不可抗力致使案件暂时无法调查. */
		FORCE_MAJEURE,
		/** 因当事人下落不明致使案件暂时无法调查. */
		PARTY_NOT_FOUND,
		/** 其他应当中止调查的情形. */
		OTHER
	}

	/** 终止调查的情形 (市监 §47), each for the parties it can concern. */
	public enum TerminationGround {
		/** 涉嫌违法的公民死亡. */
		DEATH,
		/** 法人、其他组织终止. */
		DISSOLUTION;

		public boolean fits(PartyKind party) {
			return this == DEATH ? party != PartyKind.ORGANISATION : party != PartyKind.NATURAL_PERSON;
		}
	}

	/** 移送司法机关 (国务院令第310号) or another administrative body (市监 §17). */
	public enum TransferKind {
		JUDICIARY, BODY
	}

	/** 行政复议 or 行政诉讼 (处罚法 §73). */
	public enum RemedyKind {
		RECONSIDERATION, LITIGATION
	}
}
