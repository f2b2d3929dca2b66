package cn.oneteam.catalog;

import java.time.LocalDate;

import cn.oneteam.shared.DivisionCode;
import org.jspecify.annotations.Nullable;

/** 职责边界: in a territory, who approves a matter, which department supervises it, which body enforces it. */
public record Boundary(long id, String matterCode, DivisionCode territory, @Nullable String approvingUnit,
		@Nullable Long supervisingOrgId, long enforcingOrgId, LocalDate effectiveFrom, @Nullable LocalDate effectiveTo) {

	public boolean inForceOn(LocalDate day) {
		return !effectiveFrom.isAfter(day) && (effectiveTo == null || !effectiveTo.isBefore(day));
	}
}
