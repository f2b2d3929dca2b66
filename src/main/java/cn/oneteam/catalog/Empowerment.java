package cn.oneteam.catalog;

import java.time.LocalDate;

import cn.oneteam.shared.DivisionCode;
import org.jspecify.annotations.Nullable;

/**
 * 赋权清单条目: a township may enforce a matter in a mode, by an organisation acting, in the name of an organisation
 * (the township itself when empowered; the delegator when delegated; the county body when stationed), under a legal
 * instrument (decision or 委托书, with number, publication date and term), over an effective period.
 */
public record Empowerment(long id, DivisionCode township, String matterCode, EnforcementMode mode, long actingOrgId,
		long nameOrgId, LegalInstrument instrument, LocalDate effectiveFrom, @Nullable LocalDate effectiveTo) {

	public boolean inForceOn(LocalDate day) {
		return !effectiveFrom.isAfter(day) && (effectiveTo == null || !effectiveTo.isBefore(day))
				&& instrument.coversDay(day);
	}

	/** Whether the two effective periods share a day. */
	boolean overlaps(LocalDate from, @Nullable LocalDate to) {
		return (to == null || !effectiveFrom.isAfter(to)) && (effectiveTo == null || !from.isAfter(effectiveTo));
	}

	/** 法律文件: the provincial empowerment decision, the 委托书, or the stationing decision. */
	public record LegalInstrument(String number, LocalDate published, @Nullable LocalDate termTo) {

		boolean coversDay(LocalDate day) {
			return !published.isAfter(day) && (termTo == null || !termTo.isBefore(day));
		}
	}
}
