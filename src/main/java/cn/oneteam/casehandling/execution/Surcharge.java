package cn.oneteam.casehandling.execution;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import cn.oneteam.shared.Money;

/**
 * 加处罚款 (处罚法 §72(1), §73 para 3; docs/legal/execution.md#surcharge): a fine not paid by its deadline grows by 3% of the
 * fine for each calendar day from the day after the deadline, never by more than the fine itself; days while 复议 or
 * 诉讼 is pending are not counted. A fine deferred or split (§66) is owed as instalments, each growing from its own
 * due date until it is paid; an execution agreement may reduce or waive the surcharge (强制法 §42); what was paid with
 * earlier instalments is not owed again. The amount is worked out once, for all the days, and rounded to the fen.
 */
public final class Surcharge {

	/** SURCHARGE_RATE: 3% of the fine per day, 处罚法 §72(1). */
	public static final BigDecimal SURCHARGE_RATE = new BigDecimal("0.03");

	/** SURCHARGE_CAP: 100% of the fine, 处罚法 §72(1); 强制法 §45. */
	static final BigDecimal SURCHARGE_CAP = BigDecimal.ONE;

	/**
	 * The surcharge on a day: the days counted for the longest-overdue part, what grew in all (to the cap), what an
	 * agreement relieved, what was already paid, and the amount owed now.
	 */
	public record Statement(int days, @Money BigDecimal amount, boolean capped, @Money BigDecimal accrued,
			@Money BigDecimal relieved, @Money BigDecimal paid) {

		static final Statement NONE = new Statement(0, zero(), false, zero(), zero(), zero());
	}

	/** Part of a fine due on a day: the whole fine, or one instalment; paid on {@code paidOn} if it was. */
	public record Owed(BigDecimal amount, LocalDate due, @Nullable LocalDate paidOn) {
	}

	/** Days (both inclusive) while 复议 or 诉讼 was pending; open-ended while {@code to} is null. */
	public record Pause(LocalDate from, @Nullable LocalDate to) {

		public Pause {
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

	/**
	 * The surcharge on a fine owed as {@code parts}, counted through {@code day} (each part until it was paid), less
	 * the relief agreed and what was paid before.
	 */
	public static Statement on(BigDecimal fine, List<Owed> parts, LocalDate day, List<Pause> pauses, BigDecimal relieved,
			BigDecimal paid) {
		int longest = 0;
		BigDecimal grown = BigDecimal.ZERO;
		for (Owed part : parts) {
			LocalDate through = part.paidOn() != null && part.paidOn().isBefore(day) ? part.paidOn() : day;
			int days = days(part.due(), through, pauses);
			longest = Math.max(longest, days);
			// 处罚法 §72(1): SURCHARGE_RATE per day
			grown = grown.add(part.amount().multiply(SURCHARGE_RATE).multiply(BigDecimal.valueOf(days)));
		}
		// 处罚法 §72(1); 强制法 §45: SURCHARGE_CAP, never more than the fine
		BigDecimal cap = fine.multiply(SURCHARGE_CAP);
		boolean capped = grown.compareTo(cap) > 0;
		BigDecimal accrued = (capped ? cap : grown).setScale(2, RoundingMode.HALF_UP);
		BigDecimal owed = accrued.subtract(relieved).subtract(paid).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
		return new Statement(longest, owed, capped, accrued, relieved.setScale(2, RoundingMode.HALF_UP),
				paid.setScale(2, RoundingMode.HALF_UP));
	}

	/** 处罚法 §72(1): from the day after the deadline; §73 para 3: not while 复议 or 诉讼 is pending. */
	private static int days(LocalDate due, LocalDate through, List<Pause> pauses) {
		return !through.isAfter(due) ? 0
				: Math.toIntExact(due.plusDays(1)
					.datesUntil(through.plusDays(1))
					.filter(d -> pauses.stream().noneMatch(p -> p.covers(d)))
					.count());
	}

	private static BigDecimal zero() {
		return BigDecimal.ZERO.setScale(2);
	}
}
