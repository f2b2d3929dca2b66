package cn.oneteam.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import cn.oneteam.shared.ScopedPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "calendar 工作日历", description = "Working days on the official State Council calendar")
class CalendarApiController {

	private final WorkingDayCalendar calendar;

	private final CalendarManagement management;

	CalendarApiController(WorkingDayCalendar calendar, CalendarManagement management) {
		this.calendar = calendar;
		this.management = management;
	}

	@GetMapping("/days/{date}")
	@Operation(summary = "What the official calendar says of a date",
			description = "Working day or not, the holiday's name (in the request's language) and whether it is a make-up workday (调休).")
	DayResponse day(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Locale locale) {
		return DayResponse.of(calendar.day(date), locale);
	}

	@GetMapping("/add-working-days")
	@Operation(summary = "The N-th working day after a date",
			description = "The start day is not counted (docs/legal/time.md). N from 1 to 3660.")
	DateResponse addWorkingDays(
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Parameter(example = "2026-09-30") LocalDate from,
			@RequestParam @Parameter(example = "5") int days) {
		return new DateResponse(calendar.addWorkingDays(from, days));
	}

	@GetMapping("/period-end")
	@Operation(summary = "End of a calendar-day period",
			description = "The period starts the day after `from`; if its last day is not a working day it ends on the next working day (docs/legal/time.md#counting-periods).")
	DateResponse periodEnd(
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Parameter(example = "2026-09-15") LocalDate from,
			@RequestParam @Parameter(example = "15") int days) {
		return new DateResponse(calendar.periodEnd(from, days));
	}

	@GetMapping("/years")
	@Operation(summary = "Years whose official schedule is loaded")
	List<LoadedYear> years() {
		return management.loadedYears();
	}

	@PutMapping(path = "/years/{year}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Replace a year's official schedule (administrator)",
			description = "Same JSON shape as the shipped file: {\"holidays\": {\"2027-01-01\": \"New Year's Day,元旦,1\"}, "
					+ "\"workdays\": {\"2027-02-07\": \"Spring Festival,春节,8\"}}. Every date must lie in the year, "
					+ "no date may be both, make-up workdays must be weekend days. Applied atomically; at most 1 MB.")
	LoadedYear upload(@PathVariable int year, @RequestBody byte[] document, ScopedPrincipal caller) {
		return management.upload(year, document, caller.username());
	}

	record DayResponse(LocalDate date, boolean workingDay, @Nullable String holiday, boolean makeUpWorkday) {

		static DayResponse of(CalendarDay day, Locale locale) {
			boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
			return new DayResponse(day.date(), day.workingDay(),
					day.holiday() == null ? null : day.holiday().name(english), day.makeUpWorkday());
		}
	}

	record DateResponse(LocalDate date) {
	}
}
