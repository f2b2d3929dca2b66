package cn.oneteam.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import cn.oneteam.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Personal API tokens (docs/adr/0009-who-may-do-what.md): issued from a signed-in session only, valid for the
 * configured 90 days (or fewer), read-only or full; an expired token is a 401, a read-only token that writes a 403.
 */
class ApiTokenTests extends IntegrationTest {

	static final String OFFICER_TOKEN = "ot_demo_dlh_officer1_token_for_local_use_only";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private DataSource dataSource;

	private ResultActions issue(String user, String request) throws Exception {
		return mvc.perform(post("/api/v1/me/tokens").with(as(user)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(request));
	}

	private static String bearer(String secret) {
		return "Bearer " + secret;
	}

	private long tokens() {
		return jdbc.sql("select count(*) from api_token").query(Long.class).single();
	}

	@Test
	void aTokenIssuedFromASessionIsValidForNinetyDaysWithFullScope() throws Exception {
		JsonNode issued = body(issue("dlh.officer2", "{\"name\":\"对接测试\"}").andExpect(status().isCreated()));
		JsonNode info = issued.get("info");
		OffsetDateTime created = OffsetDateTime.parse(info.get("createdAt").asString());
		OffsetDateTime expires = OffsetDateTime.parse(info.get("expiresAt").asString());
		assertThat(Duration.between(created, expires)).isEqualTo(Duration.ofDays(90));
		assertThat(info.get("scope").asString()).isEqualTo("FULL");
		mvc.perform(get("/api/v1/me").header("Authorization", bearer(issued.get("secret").asString())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("dlh.officer2"));

		JsonNode week = body(issue("dlh.officer2", "{\"name\":\"一周\",\"days\":7}").andExpect(status().isCreated()));
		assertThat(Duration.between(OffsetDateTime.parse(week.get("info").get("createdAt").asString()),
				OffsetDateTime.parse(week.get("info").get("expiresAt").asString()))).isEqualTo(Duration.ofDays(7));
		issue("dlh.officer2", "{\"name\":\"太长\",\"days\":91}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:token.validity-invalid"));
		issue("dlh.officer2", "{\"name\":\"太短\",\"days\":0}").andExpect(status().isBadRequest());
	}

	@Test
	void aTokenCannotIssueFurtherTokens() throws Exception {
		long before = tokens();
		mvc.perform(post("/api/v1/me/tokens").header("Authorization", bearer(OFFICER_TOKEN))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"令牌生令牌\"}"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:token.session-required"));
		assertThat(tokens()).isEqualTo(before);
		// nor can a token issued from a session
		String secret = body(issue("dlh.officer2", "{\"name\":\"会话签发\"}")).get("secret").asString();
		mvc.perform(post("/api/v1/me/tokens").header("Authorization", bearer(secret))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"再生\"}"))
			.andExpect(status().isForbidden());
		assertThat(tokens()).isEqualTo(before + 1);
	}

	@Test
	void anExpiredTokenIsRefusedWith401() throws Exception {
		JsonNode issued = body(issue("dlh.squad", "{\"name\":\"将过期\",\"days\":1}").andExpect(status().isCreated()));
		String secret = issued.get("secret").asString();
		mvc.perform(get("/api/v1/me").header("Authorization", bearer(secret))).andExpect(status().isOk());
		// a day later (the clock moved past its expiry); the token kept in memory is forgotten on the change's
		// notification (V0153), as every instance would hear it
		jdbc.sql("update api_token set expires_at = now() - interval '1 second' where id = ?")
			.param(issued.get("info").get("id").asLong())
			.update();
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc
			.perform(get("/api/v1/me").header("Authorization", bearer(secret)))
			.andExpect(status().isUnauthorized()));
		mvc.perform(get("/api/v1/me").header("Authorization", bearer(secret)))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:access.token-expired"));
		mvc.perform(post("/api/v1/cases/clues").header("Authorization", bearer(secret))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}"))
			.andExpect(status().isUnauthorized());
		String page = mvc.perform(get("/me/tokens").with(as("dlh.squad"))).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("已过期").contains("有效期至");
	}

	/** A token accepted once is answered from memory: it needs no read of the tokens (docs/adr/0057-the-scale-path.md). */
	@Test
	void anAcceptedTokenIsAnsweredFromMemoryWhileTheTokensAreLocked() throws Exception {
		String secret = body(issue("dlh.officer2", "{\"name\":\"内存\"}")).get("secret").asString();
		String other = body(issue("dlh.officer2", "{\"name\":\"未用\"}")).get("secret").asString();
		mvc.perform(get("/api/v1/me").header("Authorization", bearer(secret))).andExpect(status().isOk());
		ExecutorService caller = Executors.newSingleThreadExecutor();
		try (Connection locker = dataSource.getConnection()) {
			locker.setAutoCommit(false);
			try (Statement lock = locker.createStatement()) {
				lock.execute("lock table api_token in access exclusive mode");
			}
			Future<Integer> kept = caller.submit(() -> mvc
				.perform(get("/api/v1/me").header("Authorization", bearer(secret))).andReturn().getResponse()
				.getStatus());
			assertThat(kept.get(10, TimeUnit.SECONDS)).isEqualTo(200);
			// a token not used yet is read, and waits for the lock
			Future<Integer> read = caller.submit(() -> mvc
				.perform(get("/api/v1/me").header("Authorization", bearer(other))).andReturn().getResponse()
				.getStatus());
			assertThatThrownBy(() -> read.get(1, TimeUnit.SECONDS)).isInstanceOf(TimeoutException.class);
			locker.rollback();
			assertThat(read.get(10, TimeUnit.SECONDS)).isEqualTo(200);
		}
		finally {
			caller.shutdownNow();
		}
	}

	/** Revoked on this instance: refused on the very next request, although it was kept in memory. */
	@Test
	void aRevokedTokenIsRefusedAtOnce() throws Exception {
		JsonNode issued = body(issue("dlh.officer2", "{\"name\":\"撤销\"}"));
		String secret = issued.get("secret").asString();
		mvc.perform(get("/api/v1/me").header("Authorization", bearer(secret))).andExpect(status().isOk());
		mvc.perform(delete("/api/v1/me/tokens/{id}", issued.get("info").get("id").asLong()).with(as("dlh.officer2"))
			.with(csrf()))
			.andExpect(status().is2xxSuccessful());
		mvc.perform(get("/api/v1/me").header("Authorization", bearer(secret)))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:access.token-invalid"));
	}

	/** Revoked by another instance (here: straight in the database): refused once the notification is heard. */
	@Test
	void aTokenRevokedElsewhereIsRefusedOnTheNotification() throws Exception {
		JsonNode issued = body(issue("dlh.officer2", "{\"name\":\"别处撤销\"}"));
		String secret = issued.get("secret").asString();
		mvc.perform(get("/api/v1/me").header("Authorization", bearer(secret))).andExpect(status().isOk());
		jdbc.sql("update api_token set revoked_at = now() where id = ?").param(issued.get("info").get("id").asLong())
			.update();
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc
			.perform(get("/api/v1/me").header("Authorization", bearer(secret)))
			.andExpect(status().isUnauthorized()));
	}

	@Test
	void aReadOnlyTokenOnlyReads() throws Exception {
		JsonNode issued = body(issue("dlh.officer2", "{\"name\":\"只读\",\"scope\":\"READ\"}")
			.andExpect(status().isCreated()));
		assertThat(issued.get("info").get("scope").asString()).isEqualTo("READ");
		String secret = issued.get("secret").asString();
		mvc.perform(get("/api/v1/cases").header("Authorization", bearer(secret))).andExpect(status().isOk());
		mvc.perform(head("/api/v1/me").header("Authorization", bearer(secret))).andExpect(status().isOk());
		long cases = jdbc.sql("select count(*) from penalty_case").query(Long.class).single();
		mvc.perform(post("/api/v1/cases/clues").header("Authorization", bearer(secret))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"matter":"HX-CG-009","place":"632802003","partyKind":"ORGANISATION","partyName":"只读令牌烧烤店",
					 "facts":"露天烧烤","source":"INSPECTION","discoveredOn":"2026-11-10"}"""))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:access.token-read-only"));
		assertThat(jdbc.sql("select count(*) from penalty_case").query(Long.class).single()).isEqualTo(cases);
		mvc.perform(delete("/api/v1/me/tokens/{id}", issued.get("info").get("id").asLong())
			.header("Authorization", bearer(secret)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/open311/v2/requests.json").param("api_key", secret)
			.param("service_code", "DEMO-DQ-118-1")
			.param("attribute[division_code]", "632802001")
			.param("description", "只读令牌"))
			.andExpect(status().isForbidden());
		// the same request with a full token is taken
		String full = body(issue("dlh.officer2", "{\"name\":\"完全\",\"scope\":\"FULL\"}")).get("secret").asString();
		mvc.perform(post("/api/v1/cases/clues").header("Authorization", bearer(full))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"matter":"HX-CG-009","place":"632802003","partyKind":"ORGANISATION","partyName":"完全令牌烧烤店",
					 "facts":"露天烧烤","source":"INSPECTION","discoveredOn":"2026-11-10"}"""))
			.andExpect(status().isCreated());
	}

	@Test
	void theDemoTokensWorkForNinetyDaysFromTheDemosCreation() throws Exception {
		List<Duration> validity = jdbc.sql("""
				select extract(epoch from expires_at - created_at)::bigint from api_token
				where token_hash in (select token_hash from api_token where name in ('演示令牌 demo token', '12345 热线工单接口'))""")
			.query(Long.class)
			.list()
			.stream()
			.map(Duration::ofSeconds)
			.toList();
		assertThat(validity).hasSize(6).containsOnly(Duration.ofDays(90));
		mvc.perform(get("/api/v1/me").header("Authorization", bearer(ADMIN_TOKEN))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/cases").header("Authorization", bearer(OFFICER_TOKEN))).andExpect(status().isOk());
	}

	@Test
	void myTokensPageIssuesWithScopeAndValidityAndShowsThem() throws Exception {
		mvc.perform(post("/me/tokens").with(as("dlh.legal")).with(csrf())
			.param("name", "页面只读")
			.param("scope", "READ")
			.param("days", "30"))
			.andExpect(status().is3xxRedirection());
		JsonNode token = body(mvc.perform(get("/api/v1/me/tokens").with(as("dlh.legal")))).valueStream()
			.filter(t -> t.get("name").asString().equals("页面只读")).findFirst().orElseThrow();
		assertThat(token.get("scope").asString()).isEqualTo("READ");
		assertThat(Duration.between(OffsetDateTime.parse(token.get("createdAt").asString()),
				OffsetDateTime.parse(token.get("expiresAt").asString()))).isEqualTo(Duration.ofDays(30));
		String zh = mvc.perform(get("/me/tokens").with(as("dlh.legal"))).andReturn().getResponse().getContentAsString();
		assertThat(zh).contains("有效期至", "权限范围", "只读", "90 天");
		String en = mvc.perform(get("/me/tokens").param("lang", "en").with(as("dlh.legal"))).andReturn().getResponse()
			.getContentAsString();
		assertThat(en).contains("Expires", "Scope", "Read-only", "valid for 90 days");
	}
}
