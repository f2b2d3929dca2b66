package cn.oneteam.whistle;

/**
 * 响应要求: a summoned department reports (报到) within minutes, arrives within minutes, and resolves within working
 * days of the whistle. A whistle type gives the defaults; a whistle may set its own within the bounds below, which keep
 * a requirement meaningful (no five-second report, no report later than arrival).
 */
public record ResponseRequirement(int reportMinutes, int arriveMinutes, int resolveWorkingDays) {

	static final int MIN_REPORT_MINUTES = 5;

	static final int MAX_REPORT_MINUTES = 1440;

	static final int MIN_ARRIVE_MINUTES = 10;

	static final int MAX_ARRIVE_MINUTES = 4320;

	static final int MIN_RESOLVE_WORKING_DAYS = 1;

	static final int MAX_RESOLVE_WORKING_DAYS = 60;

	/** This requirement, refused (400) when outside the bounds or when arrival is due before the report. */
	ResponseRequirement checked() {
		if (reportMinutes < MIN_REPORT_MINUTES || reportMinutes > MAX_REPORT_MINUTES
				|| arriveMinutes < MIN_ARRIVE_MINUTES || arriveMinutes > MAX_ARRIVE_MINUTES
				|| resolveWorkingDays < MIN_RESOLVE_WORKING_DAYS || resolveWorkingDays > MAX_RESOLVE_WORKING_DAYS
				|| arriveMinutes < reportMinutes) {
			throw new WhistleViolation(WhistleViolation.BAD_REQUEST, "whistle.requirement-out-of-bounds",
					MIN_REPORT_MINUTES, MAX_REPORT_MINUTES, MIN_ARRIVE_MINUTES, MAX_ARRIVE_MINUTES,
					MIN_RESOLVE_WORKING_DAYS, MAX_RESOLVE_WORKING_DAYS);
		}
		return this;
	}
}
