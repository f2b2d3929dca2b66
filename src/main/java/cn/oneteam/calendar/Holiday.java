package cn.oneteam.calendar;

/** 法定节假日: a statutory holiday as named in the State Council schedule, with its length in days. */
public record Holiday(String nameEn, String nameZh, int days) {

	/** Reads the schedule's form {@code "Spring Festival,春节,4"}. */
	static Holiday parse(String date, String text) {
		String[] parts = text == null ? new String[0] : text.split(",");
		if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank() || parts[0].length() > 100
				|| parts[1].length() > 100) {
			throw new CalendarViolation("calendar.schedule-entry-malformed", date, String.valueOf(text));
		}
		try {
			return new Holiday(parts[0].trim(), parts[1].trim(), Integer.parseInt(parts[2].trim()));
		}
		catch (NumberFormatException e) {
			throw new CalendarViolation("calendar.schedule-entry-malformed", date, text);
		}
	}

	public String name(boolean english) {
		return english ? nameEn : nameZh;
	}
}
