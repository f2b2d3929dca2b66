package cn.oneteam.credit;

import cn.oneteam.platform.ScheduledScans;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A fact that stops counting because its period is over changes no row, so the class history would not show it until
 * the subject's next fact: this scan regrades such subjects (docs/adr/0022-credit-and-risk.md), through the one
 * scheduled-scan mechanism (docs/adr/0017-scheduled-scans.md), every {@code oneteam.credit.regrade-interval}.
 */
@Component
class CreditRegrade {

	static final long SCAN_LOCK = 7_100_079L;

	/** At most this many subjects a run; the next run takes the rest. */
	static final int BATCH = 1_000;

	private static final Logger log = LoggerFactory.getLogger(CreditRegrade.class);

	private final Credit credit;

	private final ScheduledScans.Scan scan;

	CreditRegrade(Credit credit, ScheduledScans scans) {
		this.credit = credit;
		this.scan = scans.declare("credit-regrade", SCAN_LOCK);
	}

	@Scheduled(fixedDelayString = "${oneteam.credit.regrade-interval:PT6H}", initialDelayString = "PT2M")
	public void scheduledScan() {
		scan.runScheduled(() -> credit.regradeExpired(BATCH), regraded -> {
			if (regraded > 0) {
				log.info("Credit regrade: {} subjects regraded after facts stopped counting", regraded);
			}
		});
	}

	/** One run as of now; the subjects regraded. Another instance running at the same moment skips. */
	@Transactional
	public int scan() {
		return scan.run(() -> credit.regradeExpired(BATCH)).orElse(0);
	}
}
