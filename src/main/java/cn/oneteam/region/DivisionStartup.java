package cn.oneteam.region;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * On start: loads the shipped division tree (idempotent), then, when started with
 * {@code --oneteam.import-villages=PATH}, imports villages from that file and prints the rate. The tree loads on a
 * thread of its own from the moment this bean is made (the database migrated) while the context is still being built
 * (3 s on a first start), and the runner waits for it: nothing after it, the demo's accounts included, starts before
 * the tree is complete (docs/adr/0057-the-scale-path.md, "Start-up").
 */
@Component
@Order(10)
class DivisionStartup implements ApplicationRunner, InitializingBean, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(DivisionStartup.class);

	private final DivisionImports imports;

	private final String villageFile;

	private CompletableFuture<Void> shipped = CompletableFuture.completedFuture(null);

	/**
	 * @param transactions made here, on the context's thread, so that the loading thread finds the transaction manager
	 * made rather than making it beside the context
	 */
	DivisionStartup(DivisionImports imports, PlatformTransactionManager transactions,
			@Value("${oneteam.import-villages:}") String villageFile) {
		this.imports = imports;
		this.villageFile = villageFile;
	}

	@Override
	public void afterPropertiesSet() {
		shipped = CompletableFuture.runAsync(this::loadShipped, runnable -> {
			Thread thread = new Thread(runnable, "division-tree");
			thread.setDaemon(true);
			thread.start();
		});
	}

	private void loadShipped() {
		long started = System.nanoTime();
		long rows = imports.loadShipped();
		long millis = (System.nanoTime() - started) / 1_000_000;
		if (rows > 0) {
			log.info("Division tree loaded: {} provinces to townships in {} ms", rows, millis);
		}
		else {
			log.info("Division tree already loaded (checked in {} ms)", millis);
		}
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			shipped.join();
		}
		catch (CompletionException e) {
			throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
		}
		if (!villageFile.isBlank()) {
			ImportReport report = imports.importVillagesFrom(Path.of(villageFile));
			log.info("Village import: {} rows read, {} inserted, {} renamed, {} unchanged, {} rejected in {} ms = {} rows/s",
					report.read(), report.inserted(), report.renamed(), report.unchanged(), report.rejected(),
					report.millis(), report.rowsPerSecond());
		}
	}

	/** A context closed before its runners (a failed start) lets the loading end before the database closes. */
	@Override
	public void destroy() throws InterruptedException {
		try {
			shipped.exceptionally(e -> null).get(60, TimeUnit.SECONDS);
		}
		catch (TimeoutException | ExecutionException e) {
			log.warn("The division tree was still loading when the application stopped");
		}
	}
}
