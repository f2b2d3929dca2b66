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
 * is never deleted here — it is published again when an instance starts, and by {@link OutboxResumption} while
 * instances live on. The purge runs through {@link ScheduledScans}, on one instance at a time.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableConfigurationProperties(EventPublicationRetention.Settings.class)
class EventPublicationRetention {

	/** The purge's advisory lock key (docs/adr/0017-scheduled-scans.md). */
	static final long PURGE_LOCK = 7_101_146L;

	private final CompletedEventPublications completed;

	private final Settings settings;

	private final ScheduledScans.Scan purge;

	EventPublicationRetention(CompletedEventPublications completed, Settings settings, ScheduledScans scans) {
		this.completed = completed;
		this.settings = settings;
		this.purge = scans.declare("outbox-purge", PURGE_LOCK);
	}

	@Scheduled(fixedDelayString = "${oneteam.events.purge-interval:PT1H}",
			initialDelayString = "${oneteam.events.purge-interval:PT1H}")
	void purge() {
		purge.runScheduled(() -> completed.deletePublicationsOlderThan(settings.keepCompleted()));
	}

	/**
	 * {@code oneteam.events.*}: how long completed publications are kept, and how often older ones are deleted; how long
	 * after its last hand-over an abandoned publication is published again, and how often that is looked at; how often
	 * an instance beats, and after how long without a beat it is taken for gone ({@link OutboxResumption}).
	 */
	@ConfigurationProperties("oneteam.events")
	record Settings(Duration keepCompleted, Duration purgeInterval, Duration resubmitAfter,
			Duration resubmitInterval, Duration heartbeatInterval, Duration instanceLostAfter) {

		Settings {
			keepCompleted = keepCompleted == null ? Duration.ofDays(7) : keepCompleted;
			purgeInterval = purgeInterval == null ? Duration.ofHours(1) : purgeInterval;
			resubmitAfter = resubmitAfter == null ? Duration.ofMinutes(2) : resubmitAfter;
			resubmitInterval = resubmitInterval == null ? Duration.ofMinutes(1) : resubmitInterval;
			heartbeatInterval = heartbeatInterval == null ? Duration.ofSeconds(15) : heartbeatInterval;
			instanceLostAfter = instanceLostAfter == null ? Duration.ofMinutes(1) : instanceLostAfter;
		}
	}
}
