package cn.oneteam.inspection.result;

import java.time.LocalDate;

import cn.oneteam.calendar.Deadline;
import cn.oneteam.calendar.WorkingDayCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 公示期限: a result is public by the working day that is N working days after the day inspected, on the official
 * calendar; provisional when the count runs into a year whose schedule is not loaded yet. N is
 * {@code oneteam.inspection.publish-within-working-days} (default 20): a local setting to confirm, since no national
 * text fixing it was found (docs/adr/0030-recording-and-publishing-inspections.md).
 */
@Component
class PublicationDeadline {

	private final WorkingDayCalendar calendar;

	private final int workingDays;

	PublicationDeadline(WorkingDayCalendar calendar,
			@Value("${oneteam.inspection.publish-within-working-days:20}") int workingDays) {
		if (workingDays < 1) {
			throw new IllegalStateException("oneteam.inspection.publish-within-working-days must be at least 1");
		}
		this.calendar = calendar;
		this.workingDays = workingDays;
	}

	/** The last day to publish the result of an inspection made on the day. */
	Deadline after(LocalDate inspectedOn) {
		return calendar.workingDaysAfter(inspectedOn, workingDays);
	}

	int workingDays() {
		return workingDays;
	}
}
