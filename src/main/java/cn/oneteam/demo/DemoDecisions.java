package cn.oneteam.demo;

import java.time.Clock;
import java.time.LocalDate;

import cn.oneteam.disclosure.DecisionPublications;
import cn.oneteam.shared.ChinaTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's published penalty decisions (docs/adr/0043-published-decisions.md): the general-procedure cases
 * {@link DemoProcedure} decided are registered at once (their {@code CaseDecided} events are heard asynchronously; the
 * registration is idempotent, so the listener and this never make two), then published day by day as the scan would
 * have done since the earliest decision — each on the day it was served, or on its due day if not served by then — so
 * that {@code /public/decisions} lists them right after start. Cases {@link DemoProcedure} published by hand keep their
 * 公示 clock as it was; the automatic publication does not touch a clock that no longer runs. Idempotent.
 */
@Component
@Profile("demo")
@Order(56)
class DemoDecisions implements DemoStep {

	private static final Logger log = LoggerFactory.getLogger(DemoDecisions.class);

	private final DecisionPublications publications;

	private final Clock clock;

	DemoDecisions(DecisionPublications publications, Clock clock) {
		this.publications = publications;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
		int registered = publications.registerMissing(today.minusYears(2));
		int published = publications.publishDueSinceEarliest(today);
		if (registered > 0 || published > 0) {
			log.info("Demo published decisions: {} registered, {} published at /public/decisions", registered, published);
		}
	}
}
