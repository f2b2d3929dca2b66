package cn.oneteam.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schedule file format of the State Council calendar data: {@code {"holidays": {date: "En,中文,days"},
 * "workdays": {date: "En,中文,days"}}}, one or many years.
 */
final class ScheduleDocument {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ScheduleDocument() {
	}

	/** All years in the document, each validated. */
	static Map<Integer, YearSchedule> parseYears(byte[] document) {
		JsonNode root = read(document);
		Map<LocalDate, Holiday> holidays = entries(root, "holidays");
		Map<LocalDate, Holiday> workdays = entries(root, "workdays");
		TreeSet<Integer> years = new TreeSet<>();
		holidays.keySet().forEach(d -> years.add(d.getYear()));
		workdays.keySet().forEach(d -> years.add(d.getYear()));
		Map<Integer, YearSchedule> schedules = new LinkedHashMap<>();
		for (int year : years) {
			schedules.put(year, new YearSchedule(year, inYear(holidays, year), inYear(workdays, year)));
		}
		return schedules;
	}

	/** One year's schedule; every date in the document must lie in that year. */
	static YearSchedule parseYear(int year, byte[] document) {
		JsonNode root = read(document);
		return new YearSchedule(year, entries(root, "holidays"), entries(root, "workdays"));
	}

	private static JsonNode read(byte[] document) {
		try {
			JsonNode root = JSON.readTree(document);
			if (root == null || !root.isObject() || !root.has("holidays")) {
				throw new CalendarViolation("calendar.schedule-malformed");
			}
			return root;
		}
		catch (JacksonException e) {
			throw new CalendarViolation("calendar.schedule-malformed");
		}
	}

	private static Map<LocalDate, Holiday> entries(JsonNode root, String field) {
		JsonNode node = root.path(field);
		Map<LocalDate, Holiday> entries = new TreeMap<>();
		if (node.isMissingNode() || node.isNull()) {
			return entries;
		}
		if (!node.isObject()) {
			throw new CalendarViolation("calendar.schedule-malformed");
		}
		for (Map.Entry<String, JsonNode> entry : node.properties()) {
			LocalDate date = date(entry.getKey());
			entries.put(date, Holiday.parse(entry.getKey(), entry.getValue().isString() ? entry.getValue().asString() : null));
		}
		return entries;
	}

	private static LocalDate date(String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException e) {
			throw new CalendarViolation("calendar.schedule-date-malformed", text);
		}
	}

	private static Map<LocalDate, Holiday> inYear(Map<LocalDate, Holiday> entries, int year) {
		Map<LocalDate, Holiday> result = new TreeMap<>();
		entries.forEach((date, holiday) -> {
			if (date.getYear() == year) {
				result.put(date, holiday);
			}
		});
		return result;
	}
}
