package cn.oneteam.disclosure;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code oneteam.disclosure}: the address the certificate's QR points to ({@code public-base-url}, e.g.
 * {@code https://zfj.example.gov.cn}; when empty, the address the staff's request came in on) and the token bucket of
 * officer checks per client address ({@code officer-check}: {@code capacity} at once, refilled at {@code per-hour})
 * (docs/adr/0040-public-portal-and-officer-verification.md).
 */
@ConfigurationProperties("oneteam.disclosure")
record DisclosureSettings(@Nullable String publicBaseUrl, @DefaultValue OfficerCheck officerCheck) {

	/** Enough for a party checking the officers in front of it, too few to walk through numbers. */
	record OfficerCheck(@DefaultValue("30") int capacity, @DefaultValue("120") int perHour) {
	}
}
