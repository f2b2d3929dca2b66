package cn.oneteam.whistle;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * 部门考核: per responder and period, the township ratings (average per dimension, 1–5; overall, 100-point) and the
 * on-time rates of the three clocks, with the rating part of the assessment; per township, its whistle rate.
 */
public record Scores(LocalDate from, LocalDate to, List<Dimension> dimensions, List<DepartmentScore> departments,
		List<TownshipRate> townships) {

	/** A rating dimension (响应速度, 处置效果 …). */
	public record Dimension(String code, String nameZh, String nameEn) {
	}

	public record DepartmentScore(long departmentId, String department, ResponderKind kind, long summoned, long ratings,
			Map<String, BigDecimal> dimensionAverages, OnTimeRate acknowledged, OnTimeRate arrived, OnTimeRate resolved,
			Assessment assessment) {
	}

	/**
	 * A township's whistles: how many, how many of the responses to them were acknowledged on time, the average rating
	 * it gave, and its 吹哨率 (whistles per hundred events received; not available until event counts are known).
	 */
	public record TownshipRate(String township, String name, long whistles, OnTimeRate answered,
			@Nullable BigDecimal averageRating, @Nullable Long events) {

		@JsonProperty
		public @Nullable BigDecimal ratePercent() {
			return events == null || events == 0 ? null
					: BigDecimal.valueOf(whistles * 100L).divide(BigDecimal.valueOf(events), 1, RoundingMode.HALF_UP);
		}
	}
}
