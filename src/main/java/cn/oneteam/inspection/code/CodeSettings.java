package cn.oneteam.inspection.code;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code oneteam.inspection.code}: the address the QR points to ({@code public-base-url}, e.g.
 * {@code https://zfj.example.gov.cn}; when empty, the address the staff's request came in on) and the token bucket of
 * public code checks per client address ({@code check-rate}: {@code capacity} at once, refilled at {@code per-hour})
 * (docs/adr/0029-inspection-code-public-check-and-rating.md).
 */
@ConfigurationProperties("oneteam.inspection.code")
record CodeSettings(@Nullable String publicBaseUrl, @DefaultValue CheckRate checkRate) {

	/** Enough for a company checking its visits, too few to walk through codes. */
	record CheckRate(@DefaultValue("30") int capacity, @DefaultValue("120") int perHour) {
	}
}
