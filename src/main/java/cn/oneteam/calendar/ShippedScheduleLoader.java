package cn.oneteam.calendar;

import java.io.IOException;
import java.io.InputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** On start, loads the shipped official calendar (2004–2026) for the years not loaded yet. */
@Component
@Order(20)
class ShippedScheduleLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ShippedScheduleLoader.class);

	private final CalendarManagement management;

	ShippedScheduleLoader(CalendarManagement management) {
		this.management = management;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		long started = System.nanoTime();
		try (InputStream in = new ClassPathResource(CalendarManagement.SHIPPED).getInputStream()) {
			int loaded = management.loadShipped(in.readAllBytes());
			log.info("Official calendar: {} shipped years loaded ({} ms)", loaded, (System.nanoTime() - started) / 1_000_000);
		}
	}
}
