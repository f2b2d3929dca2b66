package cn.oneteam.whistle;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** 按时率: clocks met on time among those decided (met, or past due); none decided yet gives no rate. */
public record OnTimeRate(long onTime, long decided) {

	@JsonProperty
	public @Nullable BigDecimal percent() {
		return decided == 0 ? null
				: BigDecimal.valueOf(onTime * 100L).divide(BigDecimal.valueOf(decided), 1, RoundingMode.HALF_UP);
	}
}
