package cn.oneteam.intake;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code oneteam.intake.*}: the territory that receives public reports and its bounding box (WGS-84), duplicate
 * radius and window, how long a unit has to accept, returns before escalation, the dispute and dispatch periods in
 * working days, SLA clocks per priority, the margins past which an overdue clock escalates, the public rate limit, the
 * photo limits and the rate of tracking-number lookups.
 */
@ConfigurationProperties("oneteam.intake")
record IntakeProperties(@DefaultValue("6328") String territory, @DefaultValue Bounds bounds,
		@DefaultValue("300") int duplicateRadiusMeters, @DefaultValue("P3D") Duration duplicateWindow,
		@DefaultValue("2") int returnsBeforeEscalation, @DefaultValue("3") int dispatchWorkingDays,
		@DefaultValue("5") int disputeWorkingDays, Map<Priority, Sla> sla, @DefaultValue RateLimit publicRate,
		@DefaultValue("1MB") DataSize photoMaxSize, @DefaultValue Escalation escalation,
		@DefaultValue LookupRate lookupRate) {

	/** Defaults per priority: accept within 1/4/24 hours, arrive within 1/2/24 hours, reply within 1/3/5 working days. */
	static final Map<Priority, Sla> DEFAULT_SLA = Map.of(Priority.URGENT,
			new Sla(Duration.ofHours(1), Duration.ofHours(1), 1), Priority.HIGH,
			new Sla(Duration.ofHours(4), Duration.ofHours(2), 3), Priority.NORMAL,
			new Sla(Duration.ofHours(24), Duration.ofHours(24), 5));

	IntakeProperties {
		Map<Priority, Sla> given = sla == null ? Map.of() : sla;
		sla = Arrays.stream(Priority.values()).collect(Collectors.toUnmodifiableMap(p -> p,
				p -> given.containsKey(p) ? given.get(p).orDefaults(DEFAULT_SLA.get(p)) : DEFAULT_SLA.get(p)));
	}

	/** WGS-84 box; China's extent by default (the territory's box where configured). */
	record Bounds(@DefaultValue("3.8") double minLat, @DefaultValue("73.4") double minLon,
			@DefaultValue("53.6") double maxLat, @DefaultValue("135.1") double maxLon) {

		boolean contains(double lat, double lon) {
			return lat >= minLat && lat <= maxLat && lon >= minLon && lon <= maxLon;
		}
	}

	/**
	 * Per priority: the unit accepts within {@code accept} (hours) and arrives on the spot within {@code arrive} (hours),
	 * both from dispatch; it replies within {@code replyWorkingDays} on the official calendar (Shanghai: verify and
	 * answer a report within 5 working days, docs/legal/intake.md#report-periods). A clock left out takes the priority's default.
	 */
	record Sla(Duration accept, Duration arrive, int replyWorkingDays) {

		Sla orDefaults(Sla defaults) {
			return new Sla(accept == null ? defaults.accept() : accept, arrive == null ? defaults.arrive() : arrive,
					replyWorkingDays == 0 ? defaults.replyWorkingDays() : replyWorkingDays);
		}
	}

	/**
	 * 超时升级: an accept clock overdue by {@code acceptMargin}, or a reply clock overdue by {@code replyMargin}, escalates
	 * the event to the county coordinator (once per clock), besides the alert.
	 */
	record Escalation(@DefaultValue("PT2H") Duration acceptMargin, @DefaultValue("P1D") Duration replyMargin) {
	}

	/** Token bucket per client address: {@code capacity} reports at once, refilled at {@code perHour}. */
	record RateLimit(@DefaultValue("5") int capacity, @DefaultValue("20") int perHour) {
	}

	/**
	 * Token bucket per client address for tracking-number lookups (the public view, the track page, Open311 by id, and
	 * rating or reopening by number): {@code capacity} at once, refilled at {@code perHour} — plenty for a reporter,
	 * too few to guess numbers.
	 */
	record LookupRate(@DefaultValue("60") int capacity, @DefaultValue("600") int perHour) {
	}
}
