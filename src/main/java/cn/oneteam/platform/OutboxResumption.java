package cn.oneteam.platform;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.PreDestroy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox resumed by whichever instance lives (docs/adr/0055-several-instances.md). Spring Modulith publishes
 * incomplete publications again only when an application starts; an instance killed half-way through its listeners
 * leaves their publications incomplete while the other instances live on. Every instance beats in
 * {@code platform_instance} every {@code oneteam.events.heartbeat-interval}, and each publication names the instance
 * that hands it to its listeners ({@link InstanceIdentity}). This scan, on one instance at a time, publishes again
 * only what is abandoned: incomplete, its last hand-over ({@code last_resubmission_date}, else its publication) older
 * than {@code oneteam.events.resubmit-after}, and either failed — its listener threw, so it runs nowhere — or of an
 * instance that has not beaten for {@code oneteam.events.instance-lost-after} (killed, or stopped). A publication
 * queued or running on a live instance, however long its backlog, is left to it; one resubmitted is not resubmitted
 * again before resubmit-after has passed since. The scan makes its instance the publication's and hands it to
 * Modulith's resubmission, which claims it ({@code status = 'RESUBMITTED'}) and runs its listener asynchronously.
 */
@Component
public class OutboxResumption {

	/** The scan's advisory lock key (docs/adr/0017-scheduled-scans.md). */
	static final long SCAN_LOCK = 7_100_146L;

	private final IncompleteEventPublications incomplete;

	private final EventPublicationRetention.Settings settings;

	private final ScheduledScans.Scan scan;

	private final JdbcClient jdbc;

	private final UUID instance;

	OutboxResumption(IncompleteEventPublications incomplete, EventPublicationRetention.Settings settings,
			ScheduledScans scans, JdbcClient jdbc, InstanceIdentity identity) {
		this.incomplete = incomplete;
		this.settings = settings;
		this.scan = scans.declare("outbox-resubmission", SCAN_LOCK);
		this.jdbc = jdbc;
		this.instance = identity.id();
	}

	/** This instance lives: on every instance, not under the scan's lock, from the moment scheduling starts. */
	@Scheduled(fixedDelayString = "${oneteam.events.heartbeat-interval:PT15S}")
	void beat() {
		jdbc.sql("""
				insert into platform_instance (id, started_at, beat_at) values (?, now(), now())
				on conflict (id) do update set beat_at = now()""")
			.param(instance)
			.update();
	}

	/** Stopping: the instance is gone at once, so that what it left is resubmitted without waiting for lost-after. */
	@PreDestroy
	void gone() {
		jdbc.sql("delete from platform_instance where id = ?").param(instance).update();
	}

	@Scheduled(fixedDelayString = "${oneteam.events.resubmit-interval:PT1M}",
			initialDelayString = "${oneteam.events.resubmit-interval:PT1M}")
	void scheduledScan() {
		scan.runScheduled(this::resubmitAbandoned);
	}

	/** One run as of now: false when another instance is running it. */
	@Transactional
	public boolean resubmit() {
		return scan.run(() -> {
			resubmitAbandoned();
			return true;
		}).orElse(false);
	}

	private void resubmitAbandoned() {
		// the database's clock, as for the beats: instances' clocks may differ. Status 'FAILED': Modulith's
		// resubmission claims only what is not RESUBMITTED already, and one resubmitted by an instance that died
		// before its listener started is still RESUBMITTED
		Set<UUID> abandoned = new HashSet<>(jdbc.sql("""
				update event_publication p set instance_id = :instance, status = 'FAILED'
				where p.completion_date is null
				  and p.publication_date < now() - make_interval(secs => :after)
				  and coalesce(p.last_resubmission_date, p.publication_date) < now() - make_interval(secs => :after)
				  and (p.status = 'FAILED' or not exists (select 1 from platform_instance i
				    where i.id = p.instance_id and i.beat_at > now() - make_interval(secs => :lost)))
				returning p.id""")
			.param("instance", instance)
			.param("after", (double) settings.resubmitAfter().toMillis() / 1000)
			.param("lost", (double) settings.instanceLostAfter().toMillis() / 1000)
			.query(UUID.class)
			.list());
		if (!abandoned.isEmpty()) {
			incomplete.resubmitIncompletePublications(publication -> abandoned.contains(publication.getIdentifier()));
		}
	}
}
