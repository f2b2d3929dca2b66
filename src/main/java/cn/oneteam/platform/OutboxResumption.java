package cn.oneteam.platform;

import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox resumed by whichever instance lives (docs/adr/0055-several-instances.md). Spring Modulith publishes
 * incomplete publications again only when an application starts; an instance killed half-way through its listeners
 * leaves their publications incomplete while the other instances live on. This scan publishes again, on one instance at
 * a time, every publication still incomplete {@code oneteam.events.resubmit-after} after it was published (failed,
 * or left processing by an instance that died); the listeners run asynchronously as usual and complete it when they
 * succeed. Listeners are idempotent (docs/adr/0014-typed-events.md), so one delivered twice — its first delivery slow
 * rather than dead, or done but not yet marked — changes nothing the second time.
 */
@Component
public class OutboxResumption {

	/** The scan's advisory lock key (docs/adr/0017-scheduled-scans.md). */
	static final long SCAN_LOCK = 7_100_146L;

	private final IncompleteEventPublications incomplete;

	private final EventPublicationRetention.Settings settings;

	private final ScheduledScans.Scan scan;

	OutboxResumption(IncompleteEventPublications incomplete, EventPublicationRetention.Settings settings,
			ScheduledScans scans) {
		this.incomplete = incomplete;
		this.settings = settings;
		this.scan = scans.declare("outbox-resubmission", SCAN_LOCK);
	}

	@Scheduled(fixedDelayString = "${oneteam.events.resubmit-interval:PT1M}",
			initialDelayString = "${oneteam.events.resubmit-interval:PT1M}")
	void scheduledScan() {
		scan.runScheduled(this::resubmitStale);
	}

	/** One run as of now: false when another instance is running it. */
	@Transactional
	public boolean resubmit() {
		return scan.run(() -> {
			resubmitStale();
			return true;
		}).orElse(false);
	}

	private void resubmitStale() {
		incomplete.resubmitIncompletePublicationsOlderThan(settings.resubmitAfter());
	}
}
