package cn.oneteam.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads official schedules: the shipped years on first start, and a new year's schedule uploaded by an administrator. */
@Service
public class CalendarManagement {

	/** Largest schedule document accepted: a year's schedule is a few kilobytes. */
	static final int MAX_DOCUMENT_BYTES = 1024 * 1024;

	static final String SHIPPED = "calendar/cn-official-calendar-2004-2026.json";

	private static final Logger log = LoggerFactory.getLogger(CalendarManagement.class);

	private final ScheduleRepository schedules;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	CalendarManagement(ScheduleRepository schedules, Clock clock, ApplicationEventPublisher events) {
		this.schedules = schedules;
		this.clock = clock;
		this.events = events;
	}

	/** Validates a year's schedule (same JSON shape as the shipped file) and replaces that year atomically. */
	@Transactional
	@PreAuthorize("hasAuthority('calendar:manage')")
	public LoadedYear upload(int year, byte[] document, String uploadedBy) {
		if (document.length > MAX_DOCUMENT_BYTES) {
			throw new CalendarViolation(CalendarViolation.CONTENT_TOO_LARGE, "calendar.schedule-too-large",
					MAX_DOCUMENT_BYTES / 1024);
		}
		String text = new String(document, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
		YearSchedule schedule = ScheduleDocument.parseYear(year, text.getBytes(StandardCharsets.UTF_8));
		OffsetDateTime now = OffsetDateTime.now(clock);
		schedules.replace(schedule, "upload", uploadedBy, now);
		schedules.recordUpload(year, text, uploadedBy, now);
		events.publishEvent(new CalendarYearLoaded(year));
		log.info("Calendar {} replaced by an upload: {} holidays, {} make-up workdays", year,
				schedule.holidays().size(), schedule.makeUpWorkdays().size());
		return loadedYears().stream().filter(y -> y.year() == year).findFirst().orElseThrow();
	}

	@Transactional(readOnly = true)
	public List<LoadedYear> loadedYears() {
		return schedules.loadedYears();
	}

	/** Loads every shipped year that is not loaded yet; years already present (maybe uploaded) are kept. */
	@Transactional
	int loadShipped(byte[] document) {
		Map<Integer, YearSchedule> years = ScheduleDocument.parseYears(document);
		OffsetDateTime now = OffsetDateTime.now(clock);
		int loaded = 0;
		for (YearSchedule schedule : years.values()) {
			if (!schedules.exists(schedule.year())) {
				schedules.replace(schedule, "shipped:" + SHIPPED, "system", now);
				events.publishEvent(new CalendarYearLoaded(schedule.year()));
				loaded++;
			}
		}
		return loaded;
	}
}
