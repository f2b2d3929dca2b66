package cn.oneteam.disclosure;

import java.time.Clock;

import cn.oneteam.platform.ScheduledScans;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 统计年报 publication: from the configured day of January, publishes the previous year's report of every enforcement
 * body that has none (docs/adr/0045-annual-enforcement-statistics.md), through the one scheduled-scan mechanism
 * (docs/adr/0017-scheduled-scans.md) as {@code disclosure-statistics}, every
 * {@code oneteam.disclosure.statistics.scan-interval}.
 */
@Component
public class StatisticsScan {

	static final long SCAN_LOCK = 7_100_123L;

	private static final Logger log = LoggerFactory.getLogger(StatisticsScan.class);

	private final EnforcementStatistics statistics;

	private final ScheduledScans.Scan scan;

	private final Clock clock;

	StatisticsScan(EnforcementStatistics statistics, ScheduledScans scans, Clock clock) {
		this.statistics = statistics;
		this.scan = scans.declare("disclosure-statistics", SCAN_LOCK);
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${oneteam.disclosure.statistics.scan-interval:PT1H}",
			initialDelayString = "${oneteam.disclosure.statistics.scan-initial-delay:PT2M}")
	public void scheduledScan() {
		scan.runScheduled(() -> statistics.publishDue(clock), published -> {
			if (published > 0) {
				log.info("Annual enforcement statistics: {} reports of last year published", published);
			}
		});
	}

	/** One run as of now; the reports published. Another instance running at the same moment skips. */
	@Transactional
	public int scan() {
		return scan(clock);
	}

	/** One run as of the clock's now (the demo and the tests choose the day). */
	@Transactional
	int scan(Clock at) {
		return scan.run(() -> statistics.publishDue(at)).orElse(0);
	}
}
