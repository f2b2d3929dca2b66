package cn.oneteam.intake;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code oneteam.intake.*}: the territory that receives public reports and its bounding box (WGS-84), duplicate
 * radius and window, how long a unit has to accept, returns before escalation, the dispute and dispatch periods in
 * working days, SLA clocks per priority, the public rate limit and the photo limits.
 */
@ConfigurationProperties("oneteam.intake")
record IntakeProperties(@DefaultValue("6328") String territory, @DefaultValue Bounds bounds,
		@DefaultValue("300") int duplicateRadiusMeters, @DefaultValue("P3D") Duration duplicateWindow,
		@DefaultValue("2") int returnsBeforeEscalation, @DefaultValue("3") int dispatchWorkingDays,
		@DefaultValue("5") int disputeWorkingDays, Map<Priority, Sla> sla, @DefaultValue RateLimit publicRate,
		@DefaultValue("1MB") DataSize photoMaxSize) {

	IntakeProperties {
		sla = Map.of(Priority.URGENT, sla != null && sla.containsKey(Priority.URGENT) ? sla.get(Priority.URGENT)
				: new Sla(Duration.ofHours(1), 1),
				Priority.HIGH, sla != null && sla.containsKey(Priority.HIGH) ? sla.get(Priority.HIGH)
						: new Sla(Duration.ofHours(4), 3),
				Priority.NORMAL, sla != null && sla.containsKey(Priority.NORMAL) ? sla.get(Priority.NORMAL)
						: new Sla(Duration.ofHours(24), 5));
	}

	/** WGS-84 box; China's extent by default (the territory's box where configured). */
	record Bounds(@DefaultValue("3.8") double minLat, @DefaultValue("73.4") double minLon,
			@DefaultValue("53.6") double maxLat, @DefaultValue("135.1") double maxLon) {

		boolean contains(double lat, double lon) {
			return lat >= minLat && lat <= maxLat && lon >= minLon && lon <= maxLon;
		}
	}

	/**
	 * Per priority: the unit accepts within {@code accept} (hours); it replies within {@code replyWorkingDays} on the
	 * official calendar (Shanghai: verify and answer a report within 5 working days, legal-rules §9).
	 */
	record Sla(Duration accept, int replyWorkingDays) {
	}

	/** Token bucket per client address: {@code capacity} reports at once, refilled at {@code perHour}. */
	record RateLimit(@DefaultValue("5") int capacity, @DefaultValue("20") int perHour) {
	}
}
