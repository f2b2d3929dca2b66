package cn.oneteam.disclosure;

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
 * 事后公开: publishes every pending penalty decision once served, and at the latest on its due day, so none is late
 * (docs/adr/0043-published-decisions.md), through the one scheduled-scan mechanism (docs/adr/0017-scheduled-scans.md)
 * as {@code decision-publication}, lock 7100119, every {@code oneteam.disclosure.decisions.scan-interval}.
 */
@Component
public class DecisionPublicationScan {

	static final long SCAN_LOCK = 7_100_119L;

	/** At most this many decisions a run; the next run takes the rest. */
	static final int BATCH = 1_000;

	private static final Logger log = LoggerFactory.getLogger(DecisionPublicationScan.class);

	private final DecisionPublications publications;

	private final ScheduledScans.Scan scan;

	private final Clock clock;

	DecisionPublicationScan(DecisionPublications publications, ScheduledScans scans, Clock clock) {
		this.publications = publications;
		this.scan = scans.declare("decision-publication", SCAN_LOCK);
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${oneteam.disclosure.decisions.scan-interval:PT15M}",
			initialDelayString = "${oneteam.disclosure.decisions.scan-initial-delay:PT5M}")
	public void scheduledScan() {
		scan.runScheduled(() -> publications.publishDue(today(), BATCH), published -> {
			if (published > 0) {
				log.info("Penalty decisions: {} published", published);
			}
		});
	}

	/** One run as of today; the decisions published. Another instance running at the same moment skips. */
	@Transactional
	public int scan() {
		return scan.run(() -> publications.publishDue(today(), BATCH)).orElse(0);
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(ChinaTime.ZONE));
	}
}
