package cn.oneteam.supervision.assessment;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.oneteam.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * A period of assessment, written {@code 2026} (a year), {@code 2026-Q4} (a quarter) or {@code 2026-11} (a month): its
 * first and last day, both inclusive (docs/adr/0039-assessments.md). Anything else is a localised 400.
 */
public record AssessmentPeriod(String label, Kind kind, LocalDate from, LocalDate to) {

	public enum Kind {
		MONTH, QUARTER, YEAR
	}

	static final int FIRST_YEAR = 2000;

	static final int LAST_YEAR = 2099;

	private static final Pattern YEAR = Pattern.compile("(\\d{4})");

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

	private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");

	/** The period the text names; 400 {@code supervision.assessment-period-invalid} otherwise. */
	public static AssessmentPeriod parse(@Nullable String text) {
		String value = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
		Matcher m;
		if ((m = YEAR.matcher(value)).matches()) {
			return ofYear(year(m.group(1), text));
		}
		if ((m = QUARTER.matcher(value)).matches()) {
			int year = year(m.group(1), text);
			int quarter = Integer.parseInt(m.group(2));
			LocalDate from = LocalDate.of(year, quarter * 3 - 2, 1);
			return new AssessmentPeriod(year + "-Q" + quarter, Kind.QUARTER, from, from.plusMonths(3).minusDays(1));
		}
		if ((m = MONTH.matcher(value)).matches()) {
			YearMonth month = YearMonth.of(year(m.group(1), text), Integer.parseInt(m.group(2)));
			return new AssessmentPeriod(month.toString(), Kind.MONTH, month.atDay(1), month.atEndOfMonth());
		}
		throw invalid(text);
	}

	/** A whole year; 400 {@code supervision.assessment-period-invalid} outside the years assessed. */
	public static AssessmentPeriod ofYear(int year) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw invalid(String.valueOf(year));
		}
		return new AssessmentPeriod(String.valueOf(year), Kind.YEAR, LocalDate.of(year, 1, 1),
				LocalDate.of(year, 12, 31));
	}

	/** The period of the kind that holds the day. */
	public static AssessmentPeriod of(Kind kind, LocalDate day) {
		return switch (kind) {
			case YEAR -> ofYear(day.getYear());
			case QUARTER -> parse(day.getYear() + "-Q" + ((day.getMonthValue() + 2) / 3));
			case MONTH -> parse(YearMonth.from(day).toString());
		};
	}

	/** How many months the period spans (1, 3 or 12), to pro-rate yearly targets. */
	public int months() {
		return switch (kind) {
			case MONTH -> 1;
			case QUARTER -> 3;
			case YEAR -> 12;
		};
	}

	private static int year(String digits, @Nullable String text) {
		int year = Integer.parseInt(digits);
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw invalid(text);
		}
		return year;
	}

	private static RuleViolation invalid(@Nullable String text) {
		return new RuleViolation(RuleViolation.BAD_REQUEST, "supervision.assessment-period-invalid",
				text == null ? "" : text, FIRST_YEAR, LAST_YEAR);
	}
}
