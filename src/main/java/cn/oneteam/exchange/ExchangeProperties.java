package cn.oneteam.exchange;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code oneteam.exchange}: the back-off of outbound messages (first delay, factor, attempts before a message is dead),
 * the HTTP timeouts, how many due messages one scan sends, and the key file that encrypts the partners' secrets
 * (generated at first start, owner-only) (docs/adr/0021-approval-exchange.md).
 */
@ConfigurationProperties("oneteam.exchange")
record ExchangeProperties(@DefaultValue("PT30S") Duration firstDelay, @DefaultValue("2.0") double factor,
		@DefaultValue("8") int maxAttempts, @DefaultValue("PT5S") Duration connectTimeout,
		@DefaultValue("PT10S") Duration requestTimeout, @DefaultValue("50") int batch,
		@DefaultValue("./keys/exchange-secrets.key") Path keyFile) {

	ExchangeProperties {
		if (firstDelay.isNegative() || factor < 1.0 || maxAttempts < 1 || batch < 1) {
			throw new IllegalArgumentException("oneteam.exchange: first-delay >= 0, factor >= 1, max-attempts >= 1, batch >= 1");
		}
	}

	/** The wait before the next attempt after {@code attempts} failed ones: first delay × factor^(attempts − 1). */
	Duration delayAfter(int attempts) {
		double millis = firstDelay.toMillis() * Math.pow(factor, Math.max(0, attempts - 1));
		return Duration.ofMillis((long) Math.min(millis, Duration.ofDays(1).toMillis()));
	}
}
