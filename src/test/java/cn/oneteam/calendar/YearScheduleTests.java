package cn.oneteam.calendar;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Validation of an uploaded year schedule. */
class YearScheduleTests {

	private static YearSchedule parse(int year, String json) {
		return ScheduleDocument.parseYear(year, json.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void readsAYearInTheShippedShape() {
		YearSchedule schedule = parse(2027, """
				{"holidays": {"2027-01-01": "New Year's Day,元旦,1", "2027-02-06": "Spring Festival,春节,8"},
				 "workdays": {"2027-02-13": "Spring Festival,春节,8"}}""");
		assertThat(schedule.holidays()).hasSize(2);
		assertThat(schedule.holidays().get(LocalDate.of(2027, 2, 6)).nameZh()).isEqualTo("春节");
		assertThat(schedule.isWorkingDay(LocalDate.of(2027, 2, 13))).isTrue(); // a Saturday worked
		assertThat(schedule.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"calendar.date-outside-year|{\"holidays\": {\"2026-12-31\": \"New Year's Day,元旦,1\"}}",
			"calendar.date-both-holiday-and-workday|{\"holidays\": {\"2027-02-06\": \"Spring Festival,春节,8\"}, \"workdays\": {\"2027-02-06\": \"Spring Festival,春节,8\"}}",
			"calendar.workday-not-weekend|{\"holidays\": {\"2027-01-01\": \"New Year's Day,元旦,1\"}, \"workdays\": {\"2027-02-08\": \"Spring Festival,春节,8\"}}",
			"calendar.schedule-without-holidays|{\"holidays\": {}, \"workdays\": {}}",
			"calendar.schedule-entry-malformed|{\"holidays\": {\"2027-01-01\": \"New Year's Day\"}}",
			"calendar.schedule-entry-malformed|{\"holidays\": {\"2027-01-01\": \"New Year's Day,元旦,one\"}}",
			"calendar.schedule-date-malformed|{\"holidays\": {\"2027-13-01\": \"New Year's Day,元旦,1\"}}",
			"calendar.schedule-malformed|{\"workdays\": {}}", "calendar.schedule-malformed|[1, 2]",
			"calendar.schedule-malformed|not json" })
	void rejectsSchedulesThatBreakTheRules(String code, String json) {
		assertThatThrownBy(() -> parse(2027, json)).isInstanceOf(CalendarViolation.class).hasMessage(code);
	}
}
