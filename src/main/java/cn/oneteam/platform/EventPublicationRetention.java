package cn.oneteam.platform;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The outbox (docs/adr/0014-typed-events.md): listeners declared with {@code @ApplicationModuleListener} run
 * asynchronously (hence {@link EnableAsync}), each in its own transaction after the publisher's commit, their
 * publications kept in {@code event_publication}. A completed publication stays there for
 * {@code oneteam.events.keep-completed} (what was delivered to whom, for a week) and is then deleted; an incomplete one
 * is never deleted here — it is published again when the application starts. Deleting old completed rows is the same
 * on every instance, so no lock is needed.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableConfigurationProperties(EventPublicationRetention.Settings.class)
class EventPublicationRetention {

	private final CompletedEventPublications completed;

	private final Settings settings;

	EventPublicationRetention(CompletedEventPublications completed, Settings settings) {
		this.completed = completed;
		this.settings = settings;
	}

	@Scheduled(fixedDelayString = "${oneteam.events.purge-interval:PT1H}",
			initialDelayString = "${oneteam.events.purge-interval:PT1H}")
	void purge() {
		completed.deletePublicationsOlderThan(settings.keepCompleted());
	}

	/** {@code oneteam.events.*}: how long completed publications are kept, and how often older ones are deleted. */
	@ConfigurationProperties("oneteam.events")
	record Settings(Duration keepCompleted, Duration purgeInterval) {

		Settings {
			keepCompleted = keepCompleted == null ? Duration.ofDays(7) : keepCompleted;
			purgeInterval = purgeInterval == null ? Duration.ofHours(1) : purgeInterval;
		}
	}
}
