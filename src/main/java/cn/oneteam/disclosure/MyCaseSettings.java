package cn.oneteam.disclosure;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code oneteam.disclosure.my-case}: a party's look-up of its own case (docs/adr/0044-party-case-look-up.md) — the
 * token bucket per client address ({@code capacity} at once, refilled at {@code per-hour}), the refusals of one typed
 * number within {@code lock} that lock it for that long — for the client refused ({@code max-refusals}) and, from any
 * clients together, for everyone ({@code max-refusals-per-number}) —, the bucket of downloads by valid links
 * ({@code download-capacity}, {@code downloads-per-hour}), how long the document
 * links of a look-up stay valid ({@code link-validity}), and the key of the link signatures and the client-address
 * hashes ({@code secret}, at least 32 bytes; when empty, a key generated once and kept in the database, the same for
 * every instance and restart).
 */
@ConfigurationProperties("oneteam.disclosure.my-case")
record MyCaseSettings(@DefaultValue("10") int capacity, @DefaultValue("30") int perHour,
		@DefaultValue("5") int maxRefusals, @DefaultValue("20") int maxRefusalsPerNumber,
		@DefaultValue("PT30M") Duration lock, @DefaultValue("PT30M") Duration linkValidity,
		@DefaultValue("60") int downloadCapacity, @DefaultValue("240") int downloadsPerHour, @Nullable String secret) {
}
