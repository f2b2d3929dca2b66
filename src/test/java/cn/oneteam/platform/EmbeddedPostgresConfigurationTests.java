package cn.oneteam.platform;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Without a datasource URL the application runs its own PostgreSQL, whose data outlives a restart and a crash:
 * durable settings, a password, loopback only (docs/adr/0008-embedded-database-durability.md).
 */
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
	void runsWithPostgresDurableSettingsOnLoopbackOnly(@TempDir Path dataDir) {
		runner.withPropertyValues("oneteam.embedded-postgres.data-dir=" + dataDir).run(context -> {
			JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
			assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");
			assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
			assertThat(jdbc.queryForObject("show full_page_writes", String.class)).isEqualTo("on");
			assertThat(jdbc.queryForObject("show listen_addresses", String.class)).isEqualTo("localhost");
			assertThat(jdbc.queryForObject("select count(*) from pg_hba_file_rules where auth_method <> 'scram-sha-256'",
					Integer.class)).isZero();
			assertThat(jdbc.queryForList("select address from pg_hba_file_rules where type = 'host'",
					String.class)).isSubsetOf("127.0.0.1", "::1");
		});
	}

	@Test
	void refusesConnectionsWithoutTheGeneratedPassword(@TempDir Path dataDir) {
		runner.withPropertyValues("oneteam.embedded-postgres.data-dir=" + dataDir).run(context -> {
			int port = context.getBean(EmbeddedPostgres.class).getPort();
			Path secretFile = dataDir.resolve(EmbeddedPostgresServer.SECRET_FILE);
			assertThat(Files.getPosixFilePermissions(secretFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
			String secret = Files.readString(secretFile).strip();
			assertThat(secret).hasSizeGreaterThanOrEqualTo(40);
			String url = "jdbc:postgresql://localhost:" + port + "/oneteam";
			assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "")).isInstanceOf(SQLException.class);
			assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "wrong"))
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("password authentication failed");
			try (var c = DriverManager.getConnection(url, "postgres", secret)) {
				assertThat(c.isValid(1)).isTrue();
			}
		});
	}

	@Test
	void upgradesADataDirectoryMadeWithTrust(@TempDir Path dataDir) throws Exception {
		// as the application made them before: the library's initdb with trust, no password
		try (EmbeddedPostgres old = EmbeddedPostgres.builder()
			.setDataDirectory(dataDir)
			.setCleanDataDirectory(false)
			.start()) {
			new JdbcTemplate(old.getPostgresDatabase()).execute("create table older (note text)");
		}
		assertThat(Files.readString(dataDir.resolve("pg_hba.conf"))).contains("trust");
		runner.withPropertyValues("oneteam.embedded-postgres.data-dir=" + dataDir).run(context -> {
			int port = context.getBean(EmbeddedPostgres.class).getPort();
			String url = "jdbc:postgresql://localhost:" + port + "/postgres";
			assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "")).isInstanceOf(SQLException.class);
			String secret = Files.readString(dataDir.resolve(EmbeddedPostgresServer.SECRET_FILE)).strip();
			try (var c = DriverManager.getConnection(url, "postgres", secret); var s = c.createStatement()) {
				assertThat(s.executeQuery("select count(*) from older").next()).isTrue();
			}
		});
	}

	/** Another application running on the data directory (a child JVM that started its server and waits). */
	private static Process runningApplication(Path dataDir) throws Exception {
		Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), EmbeddedPostgresChild.class.getName(), dataDir.toString())
			.redirectErrorStream(true)
			.start();
		BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
		String line;
		while ((line = out.readLine()) != null && !line.startsWith("READY")) {
			// the child's log
		}
		assertThat(line).as("the child started its server").isNotNull();
		return child;
	}

	@Test
	void neverStopsTheServerOfAnApplicationStillRunning(@TempDir Path dataDir) throws Exception {
		Process child = runningApplication(dataDir);
		try {
			long serverPid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip());
			runner.withPropertyValues("oneteam.embedded-postgres.data-dir=" + dataDir).run(context -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("in use by another running");
			});
			assertThat(ProcessHandle.of(serverPid).map(ProcessHandle::isAlive)).as("the running server").contains(true);
			assertThat(Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip()))
				.isEqualTo(serverPid);
		}
		finally {
			child.destroyForcibly();
			child.waitFor(30, TimeUnit.SECONDS);
		}
		// once it is gone, its server is stale and the next start takes the directory over
		runner.withPropertyValues("oneteam.embedded-postgres.data-dir=" + dataDir)
			.run(context -> assertThat(context).hasNotFailed());
	}

	@Test
	void refusesClearlyWhenThePasswordFileIsMissing(@TempDir Path dataDir) throws Exception {
		ApplicationContextRunner embedded = runner.withPropertyValues("oneteam.embedded-postgres.data-dir=" + dataDir);
		embedded.run(context -> assertThat(context).hasNotFailed());
		Files.delete(dataDir.resolve(EmbeddedPostgresServer.SECRET_FILE));
		embedded.run(context -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining(EmbeddedPostgresServer.SECRET_FILE + " is missing");
		});
		assertThat(dataDir.resolve(EmbeddedPostgresServer.SECRET_FILE)).as("no wrong secret written").doesNotExist();
	}

	@Test
	void theFirstStartAfterTheApplicationWasKilledSucceeds(@TempDir Path dataDir) throws Exception {
		Process child = runningApplication(dataDir);
		long stalePid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip());
		child.destroyForcibly(); // SIGKILL: no shutdown hook runs
		assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(ProcessHandle.of(stalePid).map(ProcessHandle::isAlive)).as("the orphaned server").contains(true);

		runner.withPropertyValues("oneteam.embedded-postgres.data-dir=" + dataDir).run(context -> {
			assertThat(context).hasNotFailed();
			JdbcTemplate jdbc = new JdbcTemplate(context.getBean(EmbeddedPostgresServer.Running.class)
				.dataSource("postgres"));
			assertThat(jdbc.queryForObject("select note from acknowledged", String.class))
				.isEqualTo("committed before the kill");
			assertThat(Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip()))
				.isNotEqualTo(stalePid);
		});
		assertThat(ProcessHandle.of(stalePid).filter(p -> p.info().command().isPresent()))
			.as("the orphaned server was stopped").isEmpty();
	}

	@Test
	void neverSignalsAProcessThatIsNotThisDirectorysServer(@TempDir Path dataDir) throws Exception {
		ApplicationContextRunner embedded = runner.withPropertyValues("oneteam.embedded-postgres.data-dir=" + dataDir);
		embedded.run(context -> assertThat(context).hasNotFailed());
		Process bystander = new ProcessBuilder("sleep", "120").start();
		try {
			// a lock file left by a crash whose process number now belongs to another program
			Files.write(dataDir.resolve("postmaster.pid"), List.of(Long.toString(bystander.pid()), dataDir.toString(),
					"1700000000", "5432", "/tmp", "localhost", "  0  0", "ready   "));
			embedded.run(context -> assertThat(context).hasNotFailed());
			assertThat(bystander.isAlive()).isTrue();
		}
		finally {
			bystander.destroy();
		}
	}

	@Test
	void standsAsideWhenADatabaseUrlIsConfigured() {
		runner.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example:5432/oneteam")
			.withInitializer(EmbeddedPostgresConfigurationTests::prepared)
			.run(context -> {
				assertThat(context).doesNotHaveBean(DataSource.class);
				assertThat(context).as("no start begun").doesNotHaveBean(EmbeddedPostgresStart.BEAN);
			});
	}

	@Test
	void theServerStartedBeforeTheContextWasBuiltIsTheOneItUses(@TempDir Path dataDir) {
		runner.withPropertyValues("oneteam.embedded-postgres.data-dir=" + dataDir)
			.withInitializer(EmbeddedPostgresConfigurationTests::prepared)
			.run(context -> {
				assertThat(context).hasNotFailed();
				EmbeddedPostgresServer.Running begun = context.getBean(EmbeddedPostgresStart.Begun.class).server();
				assertThat(context.getBean(EmbeddedPostgresServer.Running.class)).isSameAs(begun);
				assertThat(new JdbcTemplate(context.getBean(DataSource.class)).queryForObject("select inet_server_port()",
						Integer.class)).isEqualTo(begun.postgres().getPort());
				assertThat(new JdbcTemplate(context.getBean(DataSource.class)).queryForObject("show fsync", String.class))
					.isEqualTo("on");
			});
	}

	@Test
	void aStartBegunEarlyThatFailsFailsTheContextWithItsReason(@TempDir Path dataDir) throws Exception {
		ApplicationContextRunner early = runner.withPropertyValues("oneteam.embedded-postgres.data-dir=" + dataDir)
			.withInitializer(EmbeddedPostgresConfigurationTests::prepared);
		early.run(context -> assertThat(context).hasNotFailed());
		Files.delete(dataDir.resolve(EmbeddedPostgresServer.SECRET_FILE));
		early.run(context -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining(EmbeddedPostgresServer.SECRET_FILE + " is missing");
		});
	}

	/** What Spring Boot tells the listener (META-INF/spring.factories) once the context is prepared. */
	private static void prepared(ConfigurableApplicationContext context) {
		new EmbeddedPostgresStart()
			.onApplicationEvent(new ApplicationPreparedEvent(new SpringApplication(), new String[0], context));
	}
}
