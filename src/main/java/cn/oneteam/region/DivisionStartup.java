package cn.oneteam.region;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On start: loads the shipped division tree (idempotent), then, when started with
 * {@code --oneteam.import-villages=PATH}, imports villages from that file and prints the rate.
 */
@Component
@Order(10)
class DivisionStartup implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DivisionStartup.class);

	private final DivisionImports imports;

	private final String villageFile;

	DivisionStartup(DivisionImports imports, @Value("${oneteam.import-villages:}") String villageFile) {
		this.imports = imports;
		this.villageFile = villageFile;
	}

	@Override
	public void run(ApplicationArguments args) {
		long started = System.nanoTime();
		long rows = imports.loadShipped();
		long millis = (System.nanoTime() - started) / 1_000_000;
		if (rows > 0) {
			log.info("Division tree loaded: {} provinces to townships in {} ms", rows, millis);
		}
		else {
			log.info("Division tree already loaded (checked in {} ms)", millis);
		}
		if (!villageFile.isBlank()) {
			ImportReport report = imports.importVillagesFrom(Path.of(villageFile));
			log.info("Village import: {} rows read, {} inserted, {} renamed, {} unchanged, {} rejected in {} ms = {} rows/s",
					report.read(), report.inserted(), report.renamed(), report.unchanged(), report.rejected(),
					report.millis(), report.rowsPerSecond());
		}
	}
}
