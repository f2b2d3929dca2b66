package cn.oneteam.subject.quiet;

import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code oneteam.subject.quiet.*} (docs/adr/0024-quiet-periods-and-caps.md): which 个案 triggers pass a quiet entry
 * (SAMR's class A rule names complaint, data clue, referral and legal requirement — a secondary source, so
 * configuration), and the calendar block (the old 湖南 rule: no entry on days 1–20 of a month except safety cases),
 * off by default.
 */
@ConfigurationProperties("oneteam.subject.quiet")
public record QuietSettings(Set<InspectionTrigger> quietPassedBy, CalendarBlock calendarBlock) {

	public QuietSettings(@Nullable Set<InspectionTrigger> quietPassedBy, @Nullable CalendarBlock calendarBlock) {
		this.quietPassedBy = quietPassedBy == null ? EnumSet.of(InspectionTrigger.COMPLAINT,
				InspectionTrigger.REFERRAL, InspectionTrigger.DATA_MONITORING, InspectionTrigger.OWN_REQUEST,
				InspectionTrigger.SAFETY, InspectionTrigger.LEGAL_REQUIREMENT) : Set.copyOf(quietPassedBy);
		this.calendarBlock = calendarBlock == null ? new CalendarBlock(false, 1, 20, null) : calendarBlock;
	}

	/** No on-site entry on days firstDay..lastDay (both included) of every month, except for the listed triggers. */
	public record CalendarBlock(boolean enabled, int firstDay, int lastDay, Set<InspectionTrigger> except) {

		public CalendarBlock(boolean enabled, int firstDay, int lastDay, @Nullable Set<InspectionTrigger> except) {
			if (firstDay < 1 || lastDay > 31 || firstDay > lastDay) {
				throw new IllegalArgumentException("oneteam.subject.quiet.calendar-block: 1 <= first-day <= last-day <= 31");
			}
			this.enabled = enabled;
			this.firstDay = firstDay;
			this.lastDay = lastDay;
			this.except = except == null ? EnumSet.of(InspectionTrigger.SAFETY) : Set.copyOf(except);
		}
	}
}
