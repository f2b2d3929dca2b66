package cn.oneteam.platform;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;

import cn.oneteam.shared.PlainText;
import cn.oneteam.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * Input refused before it reaches a module (docs/adr/0012-bad-input.md): a text with a control character or a lone
 * surrogate, a date outside the years OneTeam can mean, a malformed query string. Always a 400.
 */
class BadInput extends RuleViolation {

	/** The first and last years a date sent to OneTeam may name (docs/adr/0012-bad-input.md). */
	static final int FIRST_YEAR = 1900;

	static final int LAST_YEAR = 2200;

	BadInput(String code, Object... arguments) {
		super(BAD_REQUEST, code, arguments);
	}

	/** Refuses a free text (tab, CR, LF allowed) with a character PostgreSQL could not keep or a person did not type. */
	static <T extends CharSequence> T checkText(String field, T text) {
		int bad = PlainText.firstInvalidInFreeText(text);
		if (bad >= 0) {
			throw new BadInput("request.text-invalid", field, PlainText.codePoint(text, bad));
		}
		return text;
	}

	/** Refuses a date, date-time or instant outside {@link #FIRST_YEAR} to {@link #LAST_YEAR}. */
	static <T> @Nullable T checkDate(String field, @Nullable T value) {
		int year;
		if (value instanceof LocalDate date) {
			year = date.getYear();
		}
		else if (value instanceof LocalDateTime time) {
			year = time.getYear();
		}
		else if (value instanceof OffsetDateTime time) {
			year = time.getYear();
		}
		else if (value instanceof ZonedDateTime time) {
			year = time.getYear();
		}
		else if (value instanceof java.time.Instant instant) {
			year = instant.atOffset(java.time.ZoneOffset.UTC).getYear();
		}
		else {
			return value;
		}
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new BadInput("request.date-out-of-range", field, String.valueOf(value), FIRST_YEAR, LAST_YEAR);
		}
		return value;
	}

	static boolean isDateType(Class<?> type) {
		return Temporal.class.isAssignableFrom(type) && (type == LocalDate.class || type == LocalDateTime.class
				|| type == OffsetDateTime.class || type == ZonedDateTime.class || type == java.time.Instant.class);
	}
}
