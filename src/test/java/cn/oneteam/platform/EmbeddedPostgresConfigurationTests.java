package cn.oneteam.platform;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Without a datasource URL the application runs its own PostgreSQL, whose data outlives a restart. */
class EmbeddedPostgresConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(EmbeddedPostgresConfiguration.class);

	@Test
	void keepsItsDataBetweenRuns(@TempDir Path dataDir) {
		ApplicationContextRunner embedded = runner.withPropertyValues("oneteam.embedded-postgres.data-dir=" + dataDir);
		embedded.run(context -> {
			JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
			assertThat(jdbc.queryForObject("select current_database()", String.class)).isEqualTo("oneteam");
			assertThat(jdbc.queryForObject("show server_version", String.class)).startsWith("17.");
			jdbc.execute("create table kept (note text)");
			jdbc.update("insert into kept values ('一支队伍管执法')");
		});
		embedded.run(context -> assertThat(new JdbcTemplate(context.getBean(DataSource.class))
			.queryForObject("select note from kept", String.class)).isEqualTo("一支队伍管执法"));
	}

	@Test
	void standsAsideWhenADatabaseUrlIsConfigured() {
		runner.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example:5432/oneteam")
			.run(context -> assertThat(context).doesNotHaveBean(DataSource.class));
	}
}
