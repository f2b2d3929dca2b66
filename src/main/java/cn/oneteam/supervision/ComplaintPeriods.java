package cn.oneteam.supervision;

import java.time.LocalDate;

import cn.oneteam.calendar.WorkingDayCalendar;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The periods of a complaint on the official calendar (docs/adr/0033-enforcement-complaints.md): acceptance within
 * N working days of receipt; conclusion within N days of acceptance (the period's end moved off rest days), once
 * extended to N + M days of acceptance.
 */
@Component
@EnableConfigurationProperties(ComplaintSettings.class)
public class ComplaintPeriods {

	private final WorkingDayCalendar calendar;

	private final ComplaintSettings settings;

	ComplaintPeriods(WorkingDayCalendar calendar, ComplaintSettings settings) {
		this.calendar = calendar;
		this.settings = settings;
	}

	public LocalDate acceptDue(LocalDate receivedOn) {
		return calendar.workingDaysAfter(receivedOn, settings.acceptWorkingDays()).date();
	}

	public LocalDate concludeDue(LocalDate acceptedOn) {
		return calendar.daysAfter(acceptedOn, settings.concludeDays()).date();
	}

	public LocalDate extendedDue(LocalDate acceptedOn) {
		return calendar.daysAfter(acceptedOn, settings.concludeDays() + settings.extensionDays()).date();
	}
}
