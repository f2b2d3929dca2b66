package cn.oneteam.documents;

import java.time.LocalDate;

/** 成文日期 as documents write it (docs/legal/records.md#dates-in-documents): Arabic numerals, no zero padding — 2026年7月1日. */
public final class ChineseDates {

	private ChineseDates() {
	}

	public static String of(LocalDate date) {
		return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}
}
