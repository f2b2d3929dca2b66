package cn.oneteam.casehandling;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import cn.oneteam.casehandling.CaseInputs.ServiceMethod;
import com.fasterxml.jackson.annotation.JsonCreator;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What the execution of a decision takes (处罚法 §66–§73; 强制法 §35–§60): payment and its channel, deferral or
 * instalments, the execution agreement, the 催告, the court application, the body's own enforcement, 代履行, and the
 * suspension and end of enforcement.
 */
public final class ExecutionInputs {

	private ExecutionInputs() {
	}

	/**
	 * 缴款 (处罚法 §67): by bank or electronic payment; collected on the spot only where §69 allows it after a general
	 * decision (a remote area, at the party's request), against the finance department's receipt (§70); or recovered by
	 * enforcement.
	 */
	public record Payment(@NotNull @Schema(example = "2026-07-01") LocalDate paidOn,
			@NotNull @DecimalMin("0.01") @DecimalMax("999999999999") @Digits(integer = 12, fraction = 2) @Schema(example = "2000") BigDecimal amount,
			@NotBlank @Size(max = 60) @Schema(example = "非税收入缴款书 6328020000123") String reference,
			@Nullable @Schema(example = "BANK") PaymentChannel paidThrough, @Nullable Boolean remoteAreaPartyRequest,
			@Nullable @Size(max = 60) @Schema(example = "青财罚票 No.0012345") String financeReceipt) {

		public PaymentChannel channelOrBank() {
			return paidThrough == null ? PaymentChannel.BANK : paidThrough;
		}

		public boolean remoteArea() {
			return Boolean.TRUE.equals(remoteAreaPartyRequest);
		}
	}

	public enum PaymentChannel {
		/** 银行缴纳 (处罚法 §67 para 3). */
		BANK,
		/** 电子支付. */
		ELECTRONIC,
		/** 当场收缴 (处罚法 §68, §69). */
		ON_THE_SPOT,
		/** 强制执行所得: 划拨、拍卖或法院执行 (处罚法 §72). */
		ENFORCED
	}

	/** 罚款上交 (处罚法 §71): the cash collected on the spot handed over to the body within 2 working days. */
	public record CashHandover(@NotNull @Schema(example = "2026-07-02") LocalDate on,
			@NotBlank @Size(max = 100) @Schema(example = "财务室 王会计") String receivedBy) {
	}

	/** 暂缓或分期缴纳 (处罚法 §66 para 2): the party's application for hardship and the new schedule. */
	public record Deferral(@NotNull @Schema(example = "2026-07-05") LocalDate appliedOn,
			@NotBlank @Size(max = 1000) @Schema(example = "经营困难，申请分两期缴纳") String hardship,
			@NotEmpty @Size(max = 12) List<@NotNull @Valid Instalment> instalments) {
	}

	/**
	 * One instalment: its due date and amount. A form gives one per line as {@code 2026-08-01 500.00}; the API takes
	 * {@code {"dueOn": "2026-08-01", "amount": 500}}.
	 */
	public record Instalment(@NotNull @Schema(example = "2026-08-01") LocalDate dueOn,
			@NotNull @DecimalMin("0.01") @DecimalMax("999999999999") @Digits(integer = 12, fraction = 2) @Schema(example = "500") BigDecimal amount) {

		@JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
		public Instalment {
		}

		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		static Instalment parse(String line) {
			String[] parts = line.trim().split("\\s+");
			if (parts.length != 2) {
				throw new IllegalArgumentException("expected a date and an amount: " + line);
			}
			return new Instalment(LocalDate.parse(parts[0]), new BigDecimal(parts[1]));
		}
	}

	/**
	 * 执行协议 (强制法 §42): performance in stages agreed with the party; where the party took remedial steps, the
	 * surcharge may be reduced or waived by the amount stated.
	 */
	public record ExecutionAgreement(@NotNull @Schema(example = "2026-08-20") LocalDate on,
			@NotBlank @Size(max = 2000) @Schema(example = "当事人于9月30日前缴清罚款") String terms,
			@Nullable @Size(max = 1000) @Schema(example = "已拆除违法设施并恢复原状") String remedialSteps,
			@NotNull @DecimalMin("0.00") @DecimalMax("999999999999") @Digits(integer = 12, fraction = 2) @Schema(example = "300") BigDecimal surchargeRelief) {
	}

	/**
	 * 催告书 (强制法 §35, §38, §54): served on the party after the payment deadline passed; the party may perform by
	 * {@code performBy}; the court may be applied to 10 working days after service.
	 */
	public record Demand(@NotNull @Schema(example = "2026-08-03") LocalDate servedOn,
			@NotNull @Schema(example = "DIRECT") ServiceMethod method,
			@NotNull @Schema(example = "2026-08-17") LocalDate performBy) {
	}

	/** 强制执行申请 (强制法 §53–§55): to the court, signed by the body's head. */
	public record CourtApplication(@NotNull @Schema(example = "2027-02-01") LocalDate on,
			@NotBlank @Size(max = 200) @Schema(example = "德令哈市人民法院") String court) {
	}

	/**
	 * 行政强制执行决定 (强制法 §37, §43, §46): only where a law grants the body enforcement power, after a 催告 whose
	 * period ran out (at once when property is being moved or hidden), never at night or on a statutory holiday unless
	 * an emergency.
	 */
	public record Enforcement(@NotNull @Schema(example = "2026-09-01") LocalDate decidedOn,
			@NotBlank @Size(max = 300) @Schema(example = "《中华人民共和国税收征收管理法》第四十条") String legalBasis,
			@NotBlank @Size(max = 1000) @Schema(example = "划拨存款") String manner,
			@NotNull @Schema(example = "2026-09-03T09:30:00+08:00") OffsetDateTime scheduledAt,
			boolean immediate, @Nullable @Size(max = 1000) String immediateReason, boolean emergency,
			@Nullable @Size(max = 1000) String emergencyReason) {
	}

	/**
	 * 代履行 (强制法 §50–§52): when the party does not remove an obstruction or restore, and the consequence endangers
	 * traffic safety, pollutes the environment or damages natural resources; a 催告 at least 3 working days before,
	 * unless roads, rivers or public places must be cleared at once.
	 */
	public record SubstitutePerformance(@NotNull @Schema(example = "2026-09-01") LocalDate decidedOn,
			@NotBlank @Size(max = 1000) @Schema(example = "拆除占道搭建的违法棚屋") String obligation,
			@NotNull @Schema(example = "TRAFFIC_SAFETY") Danger danger,
			@NotBlank @Size(max = 200) @Schema(example = "德令哈市市政工程队") String performer,
			@NotNull @DecimalMin("0.00") @DecimalMax("999999999999") @Digits(integer = 12, fraction = 2) @Schema(example = "3500") BigDecimal costBudget,
			@Nullable LocalDate demandServedOn,
			@NotNull @Schema(example = "2026-09-08T09:00:00+08:00") OffsetDateTime scheduledAt,
			boolean immediate, boolean emergency, @Nullable @Size(max = 1000) String emergencyReason) {
	}

	/** What the party's failure endangers, 强制法 §50. */
	public enum Danger {
		TRAFFIC_SAFETY, ENVIRONMENT, NATURAL_RESOURCES
	}

	/** 中止执行 (强制法 §39). */
	public record EnforcementSuspension(@NotNull @Schema(example = "2026-09-10") LocalDate on,
			@NotNull @Schema(example = "UNABLE_TO_PERFORM") SuspensionGround ground,
			@NotBlank @Size(max = 1000) String reason) {
	}

	public enum SuspensionGround {
		/** 当事人履行行政决定确有困难或者暂无履行能力. */
		UNABLE_TO_PERFORM,
		/** 第三人对执行标的主张权利，确有理由. */
		THIRD_PARTY_CLAIM,
		/** 执行可能造成难以弥补的损失，且中止执行不损害公共利益. */
		IRREPARABLE_LOSS,
		/** 其他. */
		OTHER
	}

	/** 终结执行 (强制法 §40; §39 para 2: after 3 years of suspension). */
	public record EnforcementEnd(@NotNull @Schema(example = "2029-09-11") LocalDate on,
			@NotNull @Schema(example = "SUSPENDED_THREE_YEARS") EndGround ground,
			@NotBlank @Size(max = 1000) String reason, boolean noSocialHarm, boolean unableToPay) {
	}

	public enum EndGround {
		/** 公民死亡，无遗产可供执行，又无义务承受人. */
		DEATH_NO_ESTATE,
		/** 法人或者其他组织终止，无财产可供执行，又无义务承受人. */
		DISSOLVED_NO_ESTATE,
		/** 执行标的灭失. */
		OBJECT_PERISHED,
		/** 据以执行的行政决定被撤销. */
		DECISION_REVOKED,
		/** 中止执行满三年，无明显社会危害，当事人确无能力履行 (强制法 §39 para 2). */
		SUSPENDED_THREE_YEARS,
		/** 其他. */
		OTHER
	}
}
