package cn.oneteam.casehandling.penalty;

import java.math.BigDecimal;
import java.util.Optional;

import cn.oneteam.catalog.StatutoryFine;
import org.jspecify.annotations.Nullable;

/**
 * 法定罚款幅度 in yuan (bounds inclusive, docs/legal/time.md#inclusive-bounds): the amounts the matter sets, or its multiples of the base found in the
 * investigation (违法所得, 货值金额…); none for a matter without a fine or a multiple without its base.
 */
public record StatutoryRange(BigDecimal floor, BigDecimal ceiling) {

	public static Optional<StatutoryRange> of(StatutoryFine statutory, @Nullable BigDecimal base) {
		boolean multiple = statutory.kind() == StatutoryFine.FineKind.MULTIPLE;
		if (statutory.kind() == StatutoryFine.FineKind.NONE || (multiple && base == null)) {
			return Optional.empty();
		}
		BigDecimal factor = multiple ? base : BigDecimal.ONE;
		BigDecimal floor = statutory.min() == null ? BigDecimal.ZERO : statutory.min().multiply(factor);
		return Optional.of(new StatutoryRange(floor, statutory.max().multiply(factor)));
	}

	public boolean contains(BigDecimal fine) {
		return fine.compareTo(floor) >= 0 && fine.compareTo(ceiling) <= 0;
	}

	/**
	 * 从轻 where no benchmark is published: within the range and below its middle — the middle and above are the
	 * ordinary and heavier part, so a fixed amount (floor = ceiling) leaves no lighter fine inside the range.
	 */
	boolean lighterPart(BigDecimal fine) {
		return contains(fine) && fine.add(fine).compareTo(floor.add(ceiling)) < 0;
	}
}
