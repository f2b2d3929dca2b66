package cn.oneteam.supervision;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code oneteam.supervision.complaint}: the periods of a complaint — accept or refuse within {@code accept-working-days}
 * working days of receipt, conclude within {@code conclude-days} days of acceptance, extendable once by
 * {@code extension-days} days. The defaults are a LOCAL example, settings to confirm locally
 * (docs/adr/0033-enforcement-complaints.md). {@code rate}: the token bucket of public complaints per client address; {@code follow-capacity} and
 * {@code follow-per-hour} that of follow-up reads.
 */
@ConfigurationProperties("oneteam.supervision.complaint")
public record ComplaintSettings(@DefaultValue("10") int acceptWorkingDays, @DefaultValue("30") int concludeDays,
		@DefaultValue("20") int extensionDays, @DefaultValue Rate rate,
		@DefaultValue("60") int followCapacity, @DefaultValue("240") int followPerHour) {

	/** The bucket of follow-up reads. */
	public Rate followRate() {
		return new Rate(followCapacity, followPerHour);
	}

	/** Enough for a person complaining, too few to flood the supervising body. */
	public record Rate(@DefaultValue("5") int capacity, @DefaultValue("10") int perHour) {
	}
}
