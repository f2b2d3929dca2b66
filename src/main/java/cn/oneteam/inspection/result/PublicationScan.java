package cn.oneteam.inspection.result;

import java.time.Clock;
import java.time.LocalDate;

import cn.oneteam.platform.ScheduledScans;
import cn.oneteam.shared.ChinaTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 到期公示: publishes every recorded result still unpublished on its due day, so none is published late
 * (docs/adr/0030-recording-and-publishing-inspections.md), through the one scheduled-scan mechanism
 * (docs/adr/0017-scheduled-scans.md) as {@code inspection-publication}, every
 * {@code oneteam.inspection.publish-scan-interval}.
 */
@Component
class PublicationScan {

	static final long SCAN_LOCK = 7_100_095L;

	/** At most this many results a run; the next run takes the rest. */
	static final int BATCH = 1_000;

	private static final Logger log = LoggerFactory.getLogger(PublicationScan.class);

	private final InspectionResults results;

	private final ScheduledScans.Scan scan;

	private final Clock clock;

	PublicationScan(InspectionResults results, ScheduledScans scans, Clock clock) {
		this.results = results;
		this.scan = scans.declare("inspection-publication", SCAN_LOCK);
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${oneteam.inspection.publish-scan-interval:PT1H}",
			initialDelayString = "${oneteam.inspection.publish-scan-initial-delay:PT3M}")
	public void scheduledScan() {
		scan.runScheduled(() -> results.publishDue(today(), BATCH), published -> {
			if (published > 0) {
				log.info("Inspection results: {} published on their due day", published);
			}
		});
	}

	/** One run as of today; the results published. Another instance running at the same moment skips. */
	@Transactional
	public int scan() {
		return scan.run(() -> results.publishDue(today(), BATCH)).orElse(0);
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(ChinaTime.ZONE));
	}
}
