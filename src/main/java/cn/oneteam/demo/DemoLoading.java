package cn.oneteam.demo;

import java.util.List;

import cn.oneteam.platform.StartupWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo data: the accounts before the application says it is ready, the rest (cases, inspections, credit …)
 * in the background afterwards when {@code oneteam.demo.background} is on — the pages say so meanwhile — so that a
 * first start is ready in seconds (docs/adr/0057-the-scale-path.md, "Start-up"). The tests load it all first.
 */
@Component
@Profile("demo")
@Order(30)
class DemoLoading implements ApplicationRunner {

	static final String WORK = "demo";

	private static final Logger log = LoggerFactory.getLogger(DemoLoading.class);

	private final List<DemoStep> steps;

	private final StartupWork startupWork;

	private final boolean background;

	private ApplicationArguments args = new DefaultApplicationArguments();

	DemoLoading(List<DemoStep> steps, StartupWork startupWork,
			@Value("${oneteam.demo.background:false}") boolean background) {
		this.steps = steps;
		this.startupWork = startupWork;
		this.background = background;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		this.args = args;
		for (DemoStep step : steps) {
			if (step.beforeReady() || !background) {
				step.run(args);
			}
		}
		if (background) {
			startupWork.begin(WORK);
			log.info("The demo data is loading in the background; the pages say so until it is done");
		}
	}

	/**
	 * The rest once the application is ready, after every other listener of that moment (the projections' backfill
	 * looks at an installation without cases yet, as it would without the demo).
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE)
	void loadTheRest() {
		if (!background) {
			return;
		}
		Thread loading = new Thread(() -> {
			long start = System.nanoTime();
			try {
				for (DemoStep step : steps) {
					if (!step.beforeReady()) {
						step.run(args);
					}
				}
				log.info("Demo data loaded in the background in {} ms", (System.nanoTime() - start) / 1_000_000);
			}
			catch (Exception | Error e) {
				log.error("The demo data could not be loaded in the background", e);
			}
			finally {
				startupWork.end(WORK);
			}
		}, "demo-loading");
		loading.setDaemon(true);
		loading.start();
	}
}
