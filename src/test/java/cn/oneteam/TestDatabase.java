package cn.oneteam;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.SpringApplication;
import org.springframework.test.context.DynamicPropertyRegistry;

/** One embedded PostgreSQL per test JVM, shared by every Spring test context; stopped when the JVM exits, after the
 * application contexts. */
public final class TestDatabase {

	private static EmbeddedPostgres postgres;

	private TestDatabase() {
	}

	public static synchronized EmbeddedPostgres postgres() {
		if (postgres == null) {
			try {
				Path dir = Files.createTempDirectory("oneteam-test-pg");
				postgres = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true)
					.setRegisterShutdownHook(false)
					.start();
				EmbeddedPostgres started = postgres;
				// after Spring Boot has closed every application context at JVM exit, not beside it: a context's last
				// words still use the database (the event publication registry lists what is left unfinished)
				SpringApplication.getShutdownHandlers().add(() -> {
					try {
						started.close();
					}
					catch (IOException e) {
						throw new UncheckedIOException(e);
					}
				});
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return postgres;
	}

	public static void register(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> postgres().getJdbcUrl("postgres", "postgres"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}
}
