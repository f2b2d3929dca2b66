package cn.oneteam.catalog;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * 三张清单: a published list of matters not to be penalised (不予处罚), to be penalised below the minimum (减轻) or
 * more lightly (从轻), each under named circumstances.
 */
public record LenientList(long id, Kind kind, String title, String issuingAuthority, LocalDate effectiveFrom,
		@Nullable LocalDate effectiveTo, List<Item> items) {

	public LenientList {
		items = List.copyOf(items);
	}

	public boolean inForceOn(LocalDate day) {
		return !effectiveFrom.isAfter(day) && (effectiveTo == null || !effectiveTo.isBefore(day));
	}

	/** 清单类别. */
	public enum Kind {
		NO_PENALTY, MITIGATED, LIGHTER
	}

	/** A matter on the list and the circumstances under which it applies. */
	public record Item(String matterCode, List<Circumstance> circumstances) {

		public Item {
			if (matterCode == null || matterCode.isBlank() || circumstances == null || circumstances.isEmpty()) {
				throw new CatalogViolation(CatalogViolation.BAD_REQUEST, "discretion.lenient-item-malformed");
			}
			circumstances = List.copyOf(circumstances);
		}
	}
}
