package cn.oneteam.casehandling;

import cn.oneteam.casehandling.general.CollectiveDiscussion;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.oneteam.catalog.PenaltyKind;
import cn.oneteam.subject.SubjectInputs;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What each action of the general procedure takes; the API accepts these as JSON bodies. */
public final class CaseInputs {

	private CaseInputs() {
	}

	/**
	 * 线索登记. The party is chosen from the register of subjects ({@code subjectId}: its kind and name then come from
	 * the subject; a kind given must match), registered there on the fly ({@code newSubject}, in the same transaction),
	 * or named in free text ({@code partyKind} and {@code partyName}) — docs/adr/0023-case-party-from-register.md.
	 */
	public record NewClue(@NotBlank @Schema(example = "HX-CG-009") String matter,
			@NotBlank @Schema(example = "632802003") String place,
			@Nullable @Schema(description = "required unless the party is a subject; must match the subject's kind")
			PartyKind partyKind,
			@Nullable @Size(max = 200) @Schema(description = "required unless the party is a subject") String partyName,
			@NotBlank @Size(max = 2000) String facts,
			@NotNull @Schema(example = "INSPECTION") ClueSource source,
			@NotNull @Schema(example = "2026-06-01") LocalDate discoveredOn, @Nullable LocalDate actOn,
			@Nullable @Schema(description = "the party chosen from the register of subjects (GET /api/v1/subjects)")
			Long subjectId,
			@jakarta.validation.Valid
			@Schema(description = "the party registered as a subject with the clue (as POST /api/v1/subjects takes it)")
			SubjectInputs.@Nullable Registration newSubject) {

		/** A clue whose party is named in free text. */
		public NewClue(String matter, String place, PartyKind partyKind, String partyName, String facts,
				ClueSource source, LocalDate discoveredOn, @Nullable LocalDate actOn) {
			this(matter, place, partyKind, partyName, facts, source, discoveredOn, actOn, null, null);
		}

		/** The same clue with its party registered on the fly. */
		public NewClue withNewSubject(SubjectInputs.Registration registration) {
			return new NewClue(matter, place, partyKind, partyName, facts, source, discoveredOn, actOn, null,
					registration);
		}

		/** The same clue with its party resolved: the subject's id, kind and name. */
		public NewClue withParty(@Nullable Long subject, PartyKind kind, String name) {
			return new NewClue(matter, place, kind, name, facts, source, discoveredOn, actOn, subject, null);
		}
	}

	/** 立案: the act's dates for the limitation period, the party's birth date if a minor may be involved, officers. */
	public record FileCase(@NotNull @Schema(example = "2026-06-03") LocalDate filedOn,
			@NotNull @Schema(example = "2026-05-30") LocalDate actOn, @Nullable LocalDate actEndedOn,
			boolean lifeHealthOrFinanceWithHarm, @Nullable LocalDate partyBirthDate,
			@NotEmpty @Size(max = 6) List<@NotNull Long> officers) {
	}

	/** 不予立案 (市监 §20). */
	public record DeclineFiling(@NotNull @Schema(example = "2026-06-05") LocalDate decidedOn,
			@NotBlank @Size(max = 1000) @Schema(example = "违法行为轻微并及时改正，没有造成危害后果") String grounds) {
	}

	/** 核查延期 / 延长办案期限 / 其他需说明理由的审批事项. */
	public record Extension(@NotNull LocalDate on, @NotBlank @Size(max = 1000) String reason) {
	}

	/** 调查取证: an interview, inspection or sampling with the officers present. */
	public record Investigation(@NotNull InvestigationKind kind, @NotNull @Schema(example = "2026-06-05") LocalDate on,
			@NotBlank @Size(max = 2000) @Schema(example = "现场检查：占道露天烧烤摊位3处") String summary, @NotEmpty @Size(max = 6) List<@NotNull Long> officers,
			boolean certificateShown) {
	}

	/** 调查终结报告 (市监 §48) with the proposed outcome and the flags that decide review and discussion. */
	public record Report(@NotNull @Schema(example = "2026-06-10") LocalDate on,
			@NotNull @Schema(example = "PENALTY") CaseOutcome outcome,
			@NotNull @Schema(example = "[\"FINE\"]") Set<@NotNull PenaltyKind> kinds,
			@Nullable @DecimalMin("0.01") @DecimalMax("999999999999") @Digits(integer = 12, fraction = 2) @Schema(example = "2000") BigDecimal fine,
			@Nullable @DecimalMin("0") @DecimalMax("999999999999") @Digits(integer = 12, fraction = 2) BigDecimal confiscatedValue,
			@Nullable @DecimalMin("0.01") @DecimalMax("999999999999") @Digits(integer = 12, fraction = 2)
			@Schema(description = "the base in yuan (违法所得, 货值金额, 工程造价…) where the matter sets the fine as a multiple")
			BigDecimal baseAmount,
			@NotNull @Size(max = 20) Set<@NotBlank @Size(max = 40) String> circumstances, @Nullable @Size(max = 500) String mitigationReason,
			@Nullable @Schema(description = "natural person only: capacity at the act (处罚法 §31); FULL when absent")
			MentalCapacity partyCapacity,
			boolean complexOrMajor, boolean majorPublicInterest, boolean majorRights, boolean multipleRelations,
			boolean reviewRequiredByLaw, @NotBlank @Size(max = 4000) String summary) {
	}

	/** 审核意见 (市监 §54). */
	public record Review(@NotNull @Schema(example = "2026-06-11") LocalDate on,
			@NotNull @Schema(example = "AGREE") ReviewOpinion opinion,
			@NotBlank @Size(max = 2000) @Schema(example = "事实清楚，证据确凿，程序合法，适用依据正确，裁量适当") String text) {
	}

	/** 负责人审批意见的说明. */
	public record Note(@NotNull LocalDate on, @Nullable @Size(max = 1000) String note) {
	}

	/** 事先告知书送达 (处罚法 §44; §63 听证告知). */
	public record Notice(@NotNull @Schema(example = "2026-06-15") LocalDate servedOn, boolean hearingRightNotified) {
	}

	/** 陈述申辩 and its 复核 (处罚法 §45). */
	public record Statement(@NotNull LocalDate on, @NotBlank @Size(max = 4000) String statement,
			@NotBlank @Size(max = 4000) String reexamination) {
	}

	/** 书面放弃 (处罚法 §62). */
	public record Waiver(@NotNull LocalDate on, @NotBlank @Size(max = 1000) String how) {
	}

	/** 听证申请 (处罚法 §64(1)). */
	public record HearingRequest(@NotNull LocalDate on) {
	}

	/** 听证通知 (处罚法 §64(2), (4)). */
	public record HearingSchedule(@NotNull LocalDate notifiedOn, @NotNull LocalDate hearingOn,
			@NotNull Long presidingOfficer) {

		/** HEARING_NOTICE_LEAD: the party is told at least 7 working days before the hearing, 处罚法 §64(2) + §85. */
		public static final int NOTICE_LEAD_WORKING_DAYS = 7;
	}

	/** 听证笔录 (处罚法 §64(6)–(8)). */
	public record HearingRecord(@NotNull LocalDate on, boolean partyAttended,
			@NotBlank @Size(max = 4000) String summary) {
	}

	/** 集体讨论笔录 (处罚法 §57 para 2). */
	public record CollectiveDiscussion(@NotNull LocalDate on, @NotEmpty @Size(max = 20) List<@NotBlank String> participants,
			@NotBlank @Size(max = 4000) String conclusion) {
	}

	/** 决定 (处罚法 §57, §59): the outcome, the penalty, and whether the party's statement was adopted and why. */
	public record Decision(@NotNull @Schema(example = "2026-06-24") LocalDate decidedOn,
			@NotNull @Schema(example = "PENALTY") CaseOutcome outcome,
			@NotNull @Schema(example = "[\"FINE\"]") Set<@NotNull PenaltyKind> kinds,
			@Nullable @DecimalMin("0.01") @DecimalMax("999999999999") @Digits(integer = 12, fraction = 2) @Schema(example = "2000") BigDecimal fine,
			@Nullable @Size(max = 2000) String statementAdoption) {
	}

	/**
	 * 送达 (处罚法 §61; 市监 §82, §83): the date on the proof of service (or of the post receipt, the signing, the
	 * message reaching the party's system, the publication of the notice or the return of the letter), who signed for
	 * it, the witnesses or the photo or video of a document left, why public notice was needed.
	 */
	public record Service(@NotNull @Schema(example = "2026-06-24") LocalDate on,
			@NotNull @Schema(example = "DIRECT") ServiceMethod method, boolean addressConfirmationSigned,
			@Nullable @Size(max = 100) @Schema(example = "张三（当事人本人）") String signedBy,
			@Nullable @Size(max = 5) List<@NotBlank @Size(max = 100) String> witnesses,
			@Nullable @Size(max = 200) @Schema(example = "执法记录仪视频 DLH-2026-0612-03") String recording,
			@Nullable @Size(max = 1000) String publicNoticeReason) {
	}

	/** 公示: where the decision was published and its reference (118号; 处罚法 §48). */
	public record Publication(@NotNull @Schema(example = "2026-06-26") LocalDate on,
			@NotBlank @Size(max = 200) @Schema(example = "德令哈市人民政府门户网站 行政执法公示") String channel,
			@NotBlank @Size(max = 200) @Schema(example = "德综执罚〔2026〕12号") String reference) {
	}

	/** 结案 (市监 §77). */
	public record Closing(@NotNull LocalDate on, @NotBlank @Size(max = 2000) String summary) {
	}

	public enum InvestigationKind {
		/** 询问笔录. */
		INTERVIEW,
		/** 现场检查(勘验)笔录. */
		INSPECTION,
		/** 抽样取证. */
		SAMPLING
	}

	public enum ReviewOpinion {
		/** 同意. */
		AGREE,
		/** 建议纠正. */
		CORRECT,
		/** 建议补充调查. */
		FURTHER_INVESTIGATION
	}

	/** 送达方式 (市监 §82). */
	/** 送达方式 (市监 §82, §83). */
	public enum ServiceMethod {
		/** 直接送达: the date signed on the 送达回证, by the party or a person who may sign for it. */
		DIRECT,
		/** 留置送达: refused; left with witnesses, or photographed or filmed. */
		LEFT_WITH_WITNESS,
		/** 电子送达: only with a signed 送达地址确认书; served when it reaches the party's system. */
		ELECTRONIC,
		/** 邮寄送达: the date on the receipt. */
		POST,
		/** 委托送达、转交送达: the date of signing. */
		COMMISSIONED,
		/** 退回: a letter to the confirmed address returned; served on the return date (市监 §83). */
		RETURNED,
		/** 公告送达: only when the party cannot be found or other methods failed; deemed served 30 days after. */
		PUBLIC_NOTICE
	}
}
