package cn.oneteam.casehandling.execution;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * 强制法 §43 (docs/legal/execution.md#enforcement-hours): no enforcement at night or on a statutory holiday, unless it is an emergency
 * — and then the emergency is stated. The law does not define the night; the deployment sets its hours
 * ({@code oneteam.execution.night-from}, {@code night-until}).
 */
public final class EnforcementTime {

	private EnforcementTime() {
	}

	/** The night as configured: from one time to another, across midnight when the first is later. */
	public record Night(LocalTime from, LocalTime until) {

		public boolean covers(LocalTime time) {
			return from.isAfter(until) ? !time.isBefore(from) || time.isBefore(until)
					: !time.isBefore(from) && time.isBefore(until);
		}
	}

	/** Why an enforcement action may not be scheduled then (message codes); none when it may. */
	public static List<String> reasonsAgainst(LocalDateTime at, boolean statutoryHoliday, Night night, boolean emergency,
			@Nullable String emergencyReason) {
		List<String> reasons = new ArrayList<>();
		if (emergency) {
			if (emergencyReason == null || emergencyReason.isBlank()) {
				reasons.add("case.emergency-reason-missing");
			}
			return reasons;
		}
		if (night.covers(at.toLocalTime())) {
			reasons.add("case.enforcement-at-night");
		}
		if (statutoryHoliday) {
			reasons.add("case.enforcement-on-holiday");
		}
		return reasons;
	}
}
