package cn.oneteam.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.oneteam.IntegrationTest;
import cn.oneteam.TestDatabase;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Sessions in the database (docs/adr/0055-several-instances.md): two application contexts on the same database stand
 * for two instances behind the load balancer. The sign-in page's CSRF token written by one is accepted by the other,
 * which signs in and gives a new session id (fixation protection) valid 8 hours in a {@code SameSite=Lax} cookie; the
 * first serves the signed-in session, not the old id; a sign-out on the second ends the session on the first.
 */
@TestPropertySource(properties = "oneteam.sessions.in-database=true") // several instances share their sessions
class SessionSharingTests extends IntegrationTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern SESSION = Pattern.compile("SESSION=([^;]+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aSessionOfOneInstanceIsSignedInSignedOutAndTrustedOnAnother() throws Exception {
		MockHttpServletResponse page = mvc.perform(get("/login")).andReturn().getResponse();
		String anonymous = session(page.getHeader("Set-Cookie"));
		String token = csrf(page.getContentAsString(StandardCharsets.UTF_8));

		try (ConfigurableApplicationContext other = startAnother(onTheSameDatabase())) {
			int port = Integer.parseInt(other.getEnvironment().getRequiredProperty("local.server.port"));
			HttpResponse<String> signIn = post(port, "/login", anonymous,
					Map.of("username", "admin", "password", "OneTeam@2026", "_csrf", token));
			assertThat(signIn.statusCode()).isEqualTo(302);
			assertThat(signIn.headers().firstValue("Location").orElseThrow()).endsWith("/");
			String cookie = signIn.headers().firstValue("Set-Cookie").orElseThrow();
			assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax");
			String signedIn = session(cookie);
			assertThat(signedIn).as("a new session id at sign-in").isNotEqualTo(anonymous);
			assertThat(jdbc.sql("select max_inactive_interval from spring_session where session_id = ?")
				.param(new String(Base64.getDecoder().decode(signedIn), StandardCharsets.US_ASCII)).query(Integer.class)
				.single()).as("8 hours").isEqualTo(8 * 3600);

			MockHttpServletResponse home = mvc.perform(get("/").cookie(new Cookie("SESSION", signedIn))).andReturn()
				.getResponse();
			assertThat(home.getStatus()).isEqualTo(200);
			assertThat(mvc.perform(get("/").cookie(new Cookie("SESSION", anonymous))).andReturn().getResponse()
				.getRedirectedUrl()).as("the id before sign-in is not signed in").endsWith("/login");

			HttpResponse<String> signOut = post(port, "/logout", signedIn,
					Map.of("_csrf", csrf(home.getContentAsString(StandardCharsets.UTF_8))));
			assertThat(signOut.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
			assertThat(mvc.perform(get("/").cookie(new Cookie("SESSION", signedIn))).andReturn().getResponse()
				.getRedirectedUrl()).as("signed out everywhere").endsWith("/login");
		}
	}

	/** The test context's database, files and quiet scans, for a context of its own on a free port. */
	private static Map<String, Object> onTheSameDatabase() {
		return Map.ofEntries(Map.entry("spring.datasource.url", TestDatabase.postgres().getJdbcUrl("postgres", "postgres")),
				Map.entry("spring.datasource.username", "postgres"), Map.entry("spring.datasource.password", ""),
				Map.entry("server.port", "0"),
				Map.entry("spring.modulith.events.republish-outstanding-events-on-restart", "false"),
				Map.entry("oneteam.evidence.local.directory", EVIDENCE_DIRECTORY.toString()),
				Map.entry("oneteam.record.checkpoint.key-file", CHECKPOINT_DIRECTORY.resolve("keys/record.key").toString()),
				Map.entry("oneteam.record.checkpoint.log-file", CHECKPOINT_DIRECTORY.resolve("log/record.log").toString()),
				Map.entry("oneteam.exchange.key-file", CHECKPOINT_DIRECTORY.resolve("keys/exchange.key").toString()),
				Map.entry("oneteam.record.checkpoint.initial-delay", "P1D"), Map.entry("oneteam.exchange.initial-delay", "P1D"),
				Map.entry("oneteam.events.resubmit-interval", "P1D"), Map.entry("oneteam.sessions.in-database", "true"));
	}

	private HttpResponse<String> post(int port, String path, String session, Map<String, String> form)
			throws Exception {
		String body = String.join("&", form.entrySet().stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).toList());
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "SESSION=" + session)
			.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String session(String setCookie) {
		Matcher matcher = SESSION.matcher(setCookie);
		assertThat(matcher.find()).as(setCookie).isTrue();
		return matcher.group(1);
	}

	private static String csrf(String html) {
		Matcher matcher = CSRF.matcher(html);
		assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
		return matcher.group(1);
	}
}
