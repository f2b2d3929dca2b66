package cn.oneteam.demo;

import cn.oneteam.disclosure.StatisticsScan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Annual enforcement statistics (docs/adr/0045-annual-enforcement-statistics.md): runs the publication scan once as the
 * demo loads, as its first scheduled run would a minute later — so every enforcement body's report of last year (2025
 * in the demo's December 2026) is published at once, mostly zeros because the demo's records are of this year, and
 * honestly marked late (due 31 January). This year's records are not published: the year has not ended; signed-in
 * staff see them as a year-to-date preview at {@code /disclosure/statistics}. Idempotent: a body's report is published
 * once.
 */
@Component
@Profile("demo")
@Order(58)
class DemoStatistics implements DemoStep {

	private static final Logger log = LoggerFactory.getLogger(DemoStatistics.class);

	private final StatisticsScan scan;

	DemoStatistics(StatisticsScan scan) {
		this.scan = scan;
	}

	@Override
	public void run(ApplicationArguments args) {
		int published = scan.scan();
		if (published > 0) {
			log.info("Demo statistics: {} reports of last year published", published);
		}
	}
}
