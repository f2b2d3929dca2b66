package cn.oneteam.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A day as an uploaded spreadsheet gives it: ISO (2025-03-01), with slashes as a zh-CN Excel shows it (2025/3/1), or
 * Excel's serial day number of five or six digits (a date cell read raw, 45717 or 45717.0, 1900 date system; a
 * bare number of four digits or fewer is refused, being more likely a year). Only the years 1900 to 2200
 * are plausible; anything else is no day (docs/adr/0049-importing-empowerment-lists.md, "Reading a file").
 */
public final class SpreadsheetDay {

	public static final int FIRST_YEAR = 1900;

	public static final int LAST_YEAR = 2200;

	private static final Pattern SERIAL = Pattern.compile("(\\d{5,6})(\\.0+)?");

	/** Day 0 of Excel's serial numbers (after its 1900 leap-year bug, so right from March 1900 on). */
	private static final LocalDate SERIAL_EPOCH = LocalDate.of(1899, 12, 30);

	private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/M/d");

	private SpreadsheetDay() {
	}

	/** The day the text gives, when it is one in the plausible years. */
	public static Optional<LocalDate> parse(String text) {
		String value = text.strip();
		try {
			var serial = SERIAL.matcher(value);
			LocalDate day = serial.matches() ? SERIAL_EPOCH.plusDays(Long.parseLong(serial.group(1)))
					: value.contains("/") ? LocalDate.parse(value, SLASHED) : LocalDate.parse(value);
			return day.getYear() >= FIRST_YEAR && day.getYear() <= LAST_YEAR ? Optional.of(day) : Optional.empty();
		}
		catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}
}
