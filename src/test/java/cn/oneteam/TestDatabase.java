package cn.oneteam;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;

/** One embedded PostgreSQL per test JVM, shared by every Spring test context; stopped when the JVM exits. */
public final class TestDatabase {

	private static EmbeddedPostgres postgres;

	private TestDatabase() {
	}

	public static synchronized EmbeddedPostgres postgres() {
		if (postgres == null) {
			try {
				Path dir = Files.createTempDirectory("oneteam-test-pg");
				postgres = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true).start();
				EmbeddedPostgres started = postgres;
				Runtime.getRuntime().addShutdownHook(new Thread(() -> {
					try {
						started.close();
					}
					catch (IOException e) {
						throw new UncheckedIOException(e);
					}
				}));
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
