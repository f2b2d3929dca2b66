package cn.oneteam.platform;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;

/**
 * Reporting upwards (docs/adr/0056-reporting-upwards-through-kafka.md): with
 * {@code spring.modulith.events.externalization.enabled} true, Spring Modulith's externalisation sends every
 * {@link ReportedUpwards} event through the outbox to the Kafka topic {@code <topic-prefix>.<topic>}, keyed by its
 * place, its JSON the application's own (the outbox's, docs/adr/0014-typed-events.md), with the header
 * {@value #TYPE_HEADER} naming the event. Off by default: then this configuration, Modulith's externaliser and every
 * Kafka connection stay away.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("spring.modulith.events.externalization.enabled")
@EnableConfigurationProperties(UpwardReporting.Settings.class)
class UpwardReporting {

	/** The header carrying the event's type (its simple name, e.g. {@code DecisionPublished}), as UTF-8 text. */
	static final String TYPE_HEADER = "oneteam-event";

	@Bean
	EventExternalizationConfiguration upwardEvents(Settings settings) {
		return EventExternalizationConfiguration.externalizing()
			.select(event -> event instanceof ReportedUpwards)
			.routeAll(event -> {
				ReportedUpwards upward = (ReportedUpwards) event;
				return RoutingTarget.forTarget(settings.topicPrefix() + "." + upward.topic())
					.andKey(upward.place().value());
			})
			.headers(event -> Map.of(TYPE_HEADER, event.getClass().getSimpleName().getBytes(StandardCharsets.UTF_8)))
			.build();
	}

	/** {@code oneteam.upward.*}: the topics' common prefix ({@code oneteam.upward}: {@code oneteam.upward.decisions}). */
	@ConfigurationProperties("oneteam.upward")
	record Settings(String topicPrefix) {

		Settings {
			topicPrefix = topicPrefix == null || topicPrefix.isBlank() ? "oneteam.upward" : topicPrefix.strip();
		}
	}
}
