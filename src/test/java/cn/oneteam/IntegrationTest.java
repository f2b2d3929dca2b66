package cn.oneteam;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of integration tests: the whole application with demo data on the shared embedded PostgreSQL, driven
 * through MockMvc.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
public abstract class IntegrationTest {

	public static final String ADMIN_TOKEN = "ot_demo_admin_token_for_local_use_only";

	@Autowired
	private UserDetailsService users;

	@Autowired
	private JsonMapper jsonMapper;

	/** The JSON an answer carries, read as UTF-8. */
	protected JsonNode body(ResultActions result) throws Exception {
		return jsonMapper.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	/** Acts as a demo account, signed in by session, with its real roles and jurisdiction. */
	protected RequestPostProcessor as(String username) {
		return SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(username));
	}

	/** Runs service calls as a demo account, with its real authorities, on this thread. */
	protected <T> T actingAs(String username, Supplier<T> work) {
		return actingAs(users, username, work);
	}

	/** Runs service calls as a demo account loaded from {@code users}, on this thread (for test configurations). */
	/**
	 * Another application context beside the test's own (a restart, a restored server). The properties are given as
	 * command-line arguments: properties given to the builder are only defaults, below {@code application.yml}'s, so
	 * the working directory's {@code ./keys} would be used (docs/adr/0007-tamper-evidence.md).
	 */
	public static ConfigurableApplicationContext startAnother(Map<String, ?> properties, String... profiles) {
		Map<String, Object> all = new HashMap<>(properties);
		all.putIfAbsent("oneteam.demo.background", "false"); // the demo data loaded before the context is ready
		String[] arguments = all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(OneTeamApplication.class).profiles(profiles).run(arguments);
	}

	/**
	 * A new, empty database in the tests' embedded PostgreSQL (the application migrates it when it starts), named with
	 * the prefix and a random tail, for another application context that must not share the test context's outbox.
	 */
	public static String createDatabase(String prefix) throws SQLException {
		String database = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		try (Connection admin = TestDatabase.postgres().getPostgresDatabase().getConnection();
				Statement s = admin.createStatement()) {
			s.execute("create database " + database);
		}
		return database;
	}

	/** Drops a database made by {@link #createDatabase}, its sessions ended. */
	public static void dropDatabase(String database) throws SQLException {
		try (Connection admin = TestDatabase.postgres().getPostgresDatabase().getConnection();
				Statement s = admin.createStatement()) {
			s.execute("drop database " + database + " with (force)");
		}
	}

	/**
	 * What this class gives every test context, for {@link #startAnother} on a database of its own and a free port:
	 * fresh evidence, key and log files, the checkpoints on demand.
	 */
	public static Map<String, Object> anotherContextProperties(String database) throws IOException {
		Path files = Files.createTempDirectory("oneteam-" + database);
		return Map.of("spring.datasource.url", TestDatabase.postgres().getJdbcUrl("postgres", database),
				"spring.datasource.username", "postgres", "spring.datasource.password", "", "server.port", "0",
				"oneteam.evidence.local.directory", files.resolve("evidence").toString(),
				"oneteam.record.checkpoint.key-file", files.resolve("keys/record.key").toString(),
				"oneteam.record.checkpoint.log-file", files.resolve("log/record.log").toString(),
				"oneteam.exchange.key-file", files.resolve("keys/exchange.key").toString(),
				"oneteam.record.checkpoint.initial-delay", "P1D", "oneteam.record.checkpoint.interval", "P1D");
	}

	public static <T> T actingAs(UserDetailsService users, String username, Supplier<T> work) {
		UserDetails user = users.loadUserByUsername(username);
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/** Evidence files of the test JVM: a fresh directory, never the developer's ./data/evidence. */
	protected static final Path EVIDENCE_DIRECTORY = temporaryDirectory("oneteam-test-evidence");

	/** The record checkpoint key and log of the test JVM: a fresh directory, never the developer's ./keys. */
	protected static final Path CHECKPOINT_DIRECTORY = temporaryDirectory("oneteam-test-checkpoints");

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.register(registry);
		registry.add("oneteam.evidence.local.directory", EVIDENCE_DIRECTORY::toString);
		// the checkpoint key and log of the test JVM (docs/adr/0007-tamper-evidence.md); checkpoints on demand only
		registry.add("oneteam.record.checkpoint.key-file", () -> CHECKPOINT_DIRECTORY.resolve("keys/record.key").toString());
		registry.add("oneteam.record.checkpoint.log-file", () -> CHECKPOINT_DIRECTORY.resolve("log/record.log").toString());
		registry.add("oneteam.record.checkpoint.initial-delay", () -> "P1D");
		registry.add("oneteam.record.checkpoint.interval", () -> "P1D");
		// the exchange's key file in the test JVM's directory; its sender scan runs on demand only (tests call it)
		registry.add("oneteam.exchange.key-file", () -> CHECKPOINT_DIRECTORY.resolve("keys/exchange.key").toString());
		registry.add("oneteam.exchange.initial-delay", () -> "P1D");
		registry.add("oneteam.exchange.scan-interval", () -> "P1D");
		// the decision publication scan runs on demand only (tests and the demo call it): docs/adr/0043-published-decisions.md
		registry.add("oneteam.disclosure.decisions.scan-initial-delay", () -> "P1D");
		// tests load and remove years by SQL as well (NextYear): the schedule is read afresh every time
		registry.add("oneteam.calendar.schedule-fresh", () -> "PT0S");
		// the tests find the demo data loaded when their context is ready
		registry.add("oneteam.demo.background", () -> "false");
		// the outbox resubmission scan runs on demand only (OutboxResumptionTests): docs/adr/0055-several-instances.md
		registry.add("oneteam.events.resubmit-interval", () -> "P1D");
	}

	private static Path temporaryDirectory(String prefix) {
		try {
			return Files.createTempDirectory(prefix);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
