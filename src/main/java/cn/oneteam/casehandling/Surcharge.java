package cn.oneteam.casehandling;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * 加处罚款 (处罚法 §72(1), §73 para 3; legal-rules.md §13 item 18): a fine not paid by its deadline grows by 3% of the
 * fine for each calendar day from the day after the deadline, never by more than the fine itself; days while 复议 or
 * 诉讼 is pending are not counted. The amount is worked out once, for all the days, and rounded to the fen.
 */
final class Surcharge {

	/** SURCHARGE_RATE: 3% of the fine per day, 处罚法 §72(1). */
	static final BigDecimal SURCHARGE_RATE = new BigDecimal("0.03");

	/** SURCHARGE_CAP: 100% of the fine, 处罚法 §72(1); 强制法 §45. */
	static final BigDecimal SURCHARGE_CAP = BigDecimal.ONE;

	/** The surcharge owed on a day: the days counted, the amount in yuan to the fen, and whether the cap applied. */
	record Statement(int days, BigDecimal amount, boolean capped) {
	}

	/** Days (both inclusive) while 复议 or 诉讼 was pending; open-ended while {@code to} is null. */
	record Pause(LocalDate from, @Nullable LocalDate to) {

		Pause {
			if (to != null && to.isBefore(from)) {
				throw new IllegalArgumentException("pause ends before it starts");
			}
		}

		private boolean covers(LocalDate day) {
			return !day.isBefore(from) && (to == null || !day.isAfter(to));
		}
	}

	private Surcharge() {
	}

	/** The surcharge on a fine due on {@code paymentDue}, counted through {@code day}. */
	static Statement on(BigDecimal fine, LocalDate paymentDue, LocalDate day, List<Pause> pauses) {
		// 处罚法 §72(1): from the day after the deadline; §73 para 3: not while 复议 or 诉讼 is pending
		int days = !day.isAfter(paymentDue) ? 0
				: Math.toIntExact(paymentDue.plusDays(1)
					.datesUntil(day.plusDays(1))
					.filter(d -> pauses.stream().noneMatch(p -> p.covers(d)))
					.count());
		// 处罚法 §72(1): SURCHARGE_RATE per day
		BigDecimal amount = fine.multiply(SURCHARGE_RATE).multiply(BigDecimal.valueOf(days));
		// 处罚法 §72(1); 强制法 §45: SURCHARGE_CAP, never more than the fine
		BigDecimal cap = fine.multiply(SURCHARGE_CAP);
		boolean capped = amount.compareTo(cap) > 0;
		return new Statement(days, (capped ? cap : amount).setScale(2, RoundingMode.HALF_UP), capped);
	}
}
