package cn.oneteam.whistle;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import cn.oneteam.shared.DivisionCode;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What the API and the pages take for each whistle action (forms are records, never entities). */
public final class WhistleInputs {

	private WhistleInputs() {
	}

	/**
	 * 吹哨: the type, the departments summoned, what is needed, the place in the township, an optional event and
	 * optional requirements of this whistle (default: the type's). {@code raisedAt} records a whistle blown by phone
	 * earlier (补录), at most 7 days back.
	 */
	public record Raise(@NotBlank @Schema(example = "ROUTINE") String type,
			@NotEmpty @Size(max = 10) @Schema(example = "[5]") List<Long> departments,
			@NotBlank @Size(max = 2000) @Schema(example = "长江路农贸市场多家商户销售无标识散装食品，需市场监管部门到场核查") String need,
			@NotNull @Schema(example = "632802001") DivisionCode place,
			@NotBlank @Size(max = 200) @Schema(example = "长江路农贸市场东门") String address,
			@Nullable Long eventId, @Nullable Integer reportMinutes, @Nullable Integer arriveMinutes,
			@Nullable Integer resolveWorkingDays, @Nullable OffsetDateTime raisedAt) {
	}

	/** 到场: when and where; WGS-84 coordinates optional, both or neither. Time defaults to now. */
	public record Arrival(@Nullable OffsetDateTime arrivedAt,
			@NotBlank @Size(max = 200) @Schema(example = "长江路农贸市场东门") String place,
			@Nullable @Schema(example = "37.3703") BigDecimal latitude,
			@Nullable @Schema(example = "97.3650") BigDecimal longitude) {
	}

	/** 办结: what the department did and the result. */
	public record Result(@NotBlank @Size(max = 2000) @Schema(example = "已责令 3 家商户下架无标识食品并立案 1 起") String result) {
	}

	/** 重新办理: why the township does not accept the results; which departments must act again (default: all). */
	public record Reopen(@NotBlank @Size(max = 1000) String reason, @Nullable List<Long> departments) {
	}

	/** 催办: an optional note to the department. */
	public record Urge(@NotNull Long department, @Nullable @Size(max = 500) String note) {
	}

	/** 一事一评: a 1–5 score for every configured dimension, with a comment. */
	public record Rating(@NotNull Long department,
			@NotEmpty @Schema(example = "{\"SPEED\":5,\"EFFECT\":4,\"COOPERATION\":5,\"SATISFACTION\":4}") Map<String, Integer> scores,
			@Nullable @Size(max = 1000) String comment) {
	}

	/** A whistle type's default requirement (administrator). */
	public record TypeSetting(@NotBlank @Size(max = 64) String nameZh, @NotBlank @Size(max = 64) String nameEn,
			int reportMinutes, int arriveMinutes, int resolveWorkingDays) {
	}

	/** The weight of township ratings for a kind of responder, 0–100 % (administrator). */
	public record WeightSetting(int weightPercent) {
	}
}
