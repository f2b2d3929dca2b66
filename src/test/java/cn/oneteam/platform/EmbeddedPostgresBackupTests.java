package cn.oneteam.platform;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.oneteam.IntegrationTest;
import cn.oneteam.TestDatabase;
import cn.oneteam.audit.FullProcessRecord;
import cn.oneteam.audit.Verification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A base backup of a database with cases, taken while the application runs, restored into a fresh data directory,
 * gives a server whose every record chain verifies (docs/adr/0008-embedded-database-durability.md).
 */
class EmbeddedPostgresBackupTests extends IntegrationTest {

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ConfigurableEnvironment environment;

	@Test
	void aRestoredBackupHasEveryCaseAndEveryRecordChainVerifies(@TempDir Path work) throws Exception {
		long casesBefore = count(jdbc, "select count(*) from penalty_case");
		long entriesBefore = count(jdbc, "select count(*) from execution_record");
		assertThat(casesBefore).as("the demo's cases").isGreaterThan(30);

		Path backupDir = work.resolve("backup");
		EmbeddedPostgresBackup.Backup backup = EmbeddedPostgresBackup
			.backup(TestDatabase.postgres().getPostgresDatabase(), backupDir);
		long entriesAfter = count(jdbc, "select count(*) from execution_record");
		assertThat(backupDir.resolve("backup_label")).content().contains("START WAL LOCATION");
		assertThat(backupDir.resolve("postmaster.pid")).doesNotExist();
		assertThat(backupDir.resolve("pg_wal").resolve(backup.stopWal())).exists();

		Path restored = work.resolve("restored");
		EmbeddedPostgresBackup.restore(backupDir, restored);
		EmbeddedPostgresServer.Running server = EmbeddedPostgresServer.start(restored, 0);
		try {
			assertThat(server.postgres().getPort()).isNotEqualTo(TestDatabase.postgres().getPort());
			JdbcTemplate copy = new JdbcTemplate(server.dataSource("postgres"));
			assertThat(copy.queryForObject("show data_directory", String.class)).isEqualTo(restored.toString());
			assertThat(count(copy, "select count(*) from penalty_case")).isEqualTo(casesBefore);
			assertThat(count(copy, "select count(*) from execution_record")).isBetween(entriesBefore, entriesAfter);
			List<Map<String, Object>> subjects = copy
				.queryForList("select distinct subject_type, subject_id from execution_record order by 1, 2");
			assertThat(subjects).hasSizeGreaterThan(30);

			// the application on the restored server verifies every chain with its own verification
			try (ConfigurableApplicationContext app = startAnother(restoredProperties(server))) {
				FullProcessRecord record = app.getBean(FullProcessRecord.class);
				for (Map<String, Object> subject : subjects) {
					Verification verification = record.verify((String) subject.get("subject_type"),
							((Number) subject.get("subject_id")).longValue());
					assertThat(verification.intact()).as("%s %s: %s", subject.get("subject_type"),
							subject.get("subject_id"), verification).isTrue();
				}
			}
		}
		finally {
			server.postgres().close();
		}
	}

	/** This test's own properties (evidence directory and the like), with the restored server as the datasource. */
	private Map<String, Object> restoredProperties(EmbeddedPostgresServer.Running server) {
		Map<String, Object> properties = new HashMap<>();
		environment.getPropertySources().forEach(source -> {
			if (source.getName().contains("Dynamic") && source instanceof EnumerablePropertySource<?> enumerable) {
				for (String name : enumerable.getPropertyNames()) {
					properties.put(name, String.valueOf(enumerable.getProperty(name)));
				}
			}
		});
		properties.put("spring.datasource.url", server.jdbcUrl("postgres"));
		properties.put("spring.datasource.username", EmbeddedPostgresServer.SUPERUSER);
		properties.put("spring.datasource.password", server.password());
		properties.put("server.port", "0");
		return properties;
	}

	private static long count(JdbcTemplate jdbc, String sql) {
		Long n = jdbc.queryForObject(sql, Long.class);
		return n == null ? 0 : n;
	}
}
