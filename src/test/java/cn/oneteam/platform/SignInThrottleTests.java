package cn.oneteam.platform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import cn.oneteam.IntegrationTest;
import cn.oneteam.identity.Accounts;
import cn.oneteam.identity.Role;
import cn.oneteam.organization.OrganizationId;
import cn.oneteam.shared.ClientAddress;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.ScopedPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sign-in protection (issue 11 §5, docs/adr/0011-sign-in-protection.md) with the configured defaults: per account
 * name 3 failures answered at once, then 1, 2, 4, 8, 16, 32 s before the next attempt is checked, the 10th failure
 * locks for 15 minutes; per client address 10 free failures across accounts; bearer tokens likewise per address.
 * Time passes by moving the test keys' stored times back: no test sleeps.
 */
class SignInThrottleTests extends IntegrationTest {

	private static final String RIGHT = "Correct#Horse-2026";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	@Test
	void theDelayGrowsTheTenthFailureLocksAndWhileLockedEvenTheRightPasswordIsRefused() throws Exception {
		String name = newAccount();
		List<String> answers = new ArrayList<>();
		for (int failure = 1; failure <= 10; failure++) {
			answers.add(signIn(name, "wrong-" + failure, freshAddress()));
			passTheWaitOf(name);
		}
		assertThat(answers).containsExactly("/login?error", "/login?error", "/login?error", "/login?error&wait=1",
				"/login?error&wait=2", "/login?error&wait=4", "/login?error&wait=8", "/login?error&wait=16",
				"/login?error&wait=32", "/login?error&wait=900");

		// passTheWaitOf does not lift the lock: only its own delays were elapsed. Locked: not checked, same answer.
		elapse(name, Duration.ofMinutes(14));
		assertThat(signIn(name, RIGHT, freshAddress())).matches("/login\\?wait=(59|60)");
		assertThat(signIn(name, "still-wrong", freshAddress())).matches("/login\\?wait=(59|60)");
		mvc.perform(get("/login").param("wait", "60"))
			.andExpect(content().string(containsString("登录尝试过于频繁，本次未校验。请 60 秒后再试。")));
		mvc.perform(get("/login").param("wait", "900").param("lang", "en"))
			.andExpect(content().string(containsString("sign-in is paused and this one was not checked. Try again in 15 minutes.")));

		elapse(name, Duration.ofMinutes(1));
		assertThat(signIn(name, RIGHT, freshAddress())).isEqualTo("/");
		assertThat(signIn(name, "wrong-again", freshAddress())).as("a correct sign-in restarts the count")
			.isEqualTo("/login?error");
		assertThat(outcomes(name)).containsSubsequence("FAILED", "FAILED", "REFUSED", "REFUSED", "SUCCEEDED", "FAILED");
	}

	@Test
	void attemptsWithinTheDelayAreRefusedWithoutCheckingThePassword() throws Exception {
		String name = newAccount();
		for (int failure = 1; failure <= 9; failure++) {
			signIn(name, "wrong", freshAddress());
			passTheWaitOf(name);
		}
		assertThat(signIn(name, "wrong", freshAddress())).isEqualTo("/login?error&wait=900");
		// 40 attempts in a row, the right password among them: none is checked, every one answered at once
		List<String> answers = new ArrayList<>();
		for (int attempt = 0; attempt < 40; attempt++) {
			answers.add(signIn(name, attempt == 20 ? RIGHT : "guess-" + attempt, freshAddress()));
		}
		assertThat(answers).allMatch(answer -> answer.matches("/login\\?wait=(89[0-9]|900)"));
		assertThat(jdbc.sql("select count(*) from login_attempt where username = ? and outcome = 'REFUSED'")
			.param(name).query(Long.class).single()).isEqualTo(40);
	}

	@Test
	void anUnknownAccountGetsExactlyTheSameAnswers() throws Exception {
		String known = newAccount();
		String unknown = "nobody." + SEQUENCE.incrementAndGet() + "." + System.nanoTime();
		assertThat(accounts.exists(unknown)).isFalse();
		List<String> knownAnswers = new ArrayList<>();
		List<String> unknownAnswers = new ArrayList<>();
		for (int failure = 1; failure <= 11; failure++) {
			knownAnswers.add(signIn(known, "wrong", freshAddress()));
			unknownAnswers.add(signIn(unknown, "wrong", freshAddress()));
			if (failure < 10) {
				passTheWaitOf(known);
				passTheWaitOf(unknown);
			}
		}
		assertThat(unknownAnswers).isEqualTo(knownAnswers);
		assertThat(knownAnswers.get(9)).isEqualTo("/login?error&wait=900");
		assertThat(knownAnswers.get(10)).isEqualTo("/login?wait=900");
		String knownPage = withoutCsrfToken(mvc.perform(get(knownAnswers.get(9))).andReturn());
		String unknownPage = withoutCsrfToken(mvc.perform(get(unknownAnswers.get(9))).andReturn());
		assertThat(unknownPage).isEqualTo(knownPage).contains("用户名或密码不正确。登录已暂停，请 15 分钟后再试。");
	}

	@Test
	void anAdministratorSeesTheLockAndUnlocksAndTheRightPasswordWorksAtOnce() throws Exception {
		String name = newAccount();
		lock(name);
		assertThat(signIn(name, RIGHT, freshAddress())).startsWith("/login?wait=");

		mvc.perform(get("/api/v1/sign-in/throttles").header("Authorization", "Bearer " + ADMIN_TOKEN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.key == '" + name + "')].kind").value("ACCOUNT"))
			.andExpect(jsonPath("$[?(@.key == '" + name + "')].failures").value(10))
			.andExpect(jsonPath("$[?(@.key == '" + name + "')].lockedUntil").isNotEmpty());
		mvc.perform(post("/api/v1/sign-in/unlock").with(as("dlh.officer1")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"ACCOUNT\",\"key\":\"" + name + "\"}"))
			.andExpect(status().isForbidden());
		assertThat(signIn(name, RIGHT, freshAddress())).startsWith("/login?wait=");

		mvc.perform(post("/api/v1/sign-in/unlock").header("Authorization", "Bearer " + ADMIN_TOKEN)
			.contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"ACCOUNT\",\"key\":\"" + name + "\"}"))
			.andExpect(status().isNoContent());
		assertThat(signIn(name, RIGHT, freshAddress())).isEqualTo("/");
		mvc.perform(get("/v3/api-docs"))
			.andExpect(jsonPath("$.paths['/api/v1/sign-in/unlock'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/sign-in/throttles'].get").exists());
		mvc.perform(get("/api/v1/sign-in/attempts").param("username", name).header("Authorization", "Bearer " + ADMIN_TOKEN))
			.andExpect(jsonPath("$[0].outcome").value("SUCCEEDED"))
			.andExpect(jsonPath("$[1].outcome").value("UNLOCKED"))
			.andExpect(jsonPath("$[1].administrator").value(accountId("admin")))
			.andExpect(jsonPath("$[2].outcome").value("REFUSED"));
	}

	@Test
	void theUnlockButtonOnTheSignInProtectionPageUnlocks() throws Exception {
		String name = newAccount();
		lock(name);
		mvc.perform(get("/sign-in/protection").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-key=\"" + name + "\"")))
			.andExpect(content().string(containsString("已锁定")));
		mvc.perform(get("/").with(as("admin"))).andExpect(content().string(containsString("/sign-in/protection")));
		mvc.perform(get("/").with(as("dlh.officer1")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("/sign-in/protection"))));
		mvc.perform(get("/sign-in/protection").with(as("dlh.officer1"))).andExpect(status().isForbidden());

		mvc.perform(post("/sign-in/protection/unlock").with(as("admin")).with(csrf()).param("kind", "ACCOUNT")
			.param("key", name)).andExpect(status().is3xxRedirection());
		assertThat(signIn(name, RIGHT, freshAddress())).isEqualTo("/");
	}

	@Test
	void oneAddressTryingManyAccountsIsHeldBackForEveryAccountButOthersAreNot() throws Exception {
		String address = freshAddress();
		String victim = newAccount();
		List<String> answers = new ArrayList<>();
		for (int failure = 1; failure <= 16; failure++) {
			elapseAddress(address, Duration.ofMinutes(1));
			answers.add(signIn("spray." + failure + "." + System.nanoTime(), "Password1", address));
		}
		assertThat(answers.subList(0, 10)).containsOnly("/login?error");
		assertThat(answers.subList(10, 16)).containsExactly("/login?error&wait=1", "/login?error&wait=2",
				"/login?error&wait=4", "/login?error&wait=8", "/login?error&wait=16", "/login?error&wait=32");
		assertThat(signIn(victim, RIGHT, address)).as("the address waits, whatever the account")
			.matches("/login\\?wait=(31|32)");
		assertThat(signIn(victim, RIGHT, freshAddress())).as("another address is not held back").isEqualTo("/");

		for (int failure = 17; failure <= 30; failure++) {
			elapseAddress(address, Duration.ofMinutes(1));
			signIn("spray." + failure + "." + System.nanoTime(), "Password1", address);
		}
		elapseAddress(address, Duration.ofMinutes(1));
		assertThat(signIn(victim, RIGHT, address)).as("the 30th failure locked the address").startsWith("/login?wait=");
		assertThat(jdbc.sql("select count(*) from login_throttle where kind = 'ADDRESS' and key = ? and locked_until > now()")
			.param(address).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void guessingBearerTokensFromOneAddressIsAnsweredWith429() throws Exception {
		String address = freshAddress();
		for (int guess = 1; guess <= 16; guess++) {
			shift("TOKEN", address, Duration.ofMinutes(1));
			mvc.perform(get("/api/v1/me").header("Authorization", "Bearer ot_guess_" + guess).with(from(address)))
				.andExpect(status().isUnauthorized());
		}
		// the 16th failure: 32 s before this address's next token is looked at, even a valid one
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + ADMIN_TOKEN).with(from(address)))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesRegex("3[12]")))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("access.too-many-attempts"))
			.andExpect(jsonPath("$.detail").value(containsString("秒后再试")));
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + ADMIN_TOKEN).with(from(freshAddress())))
			.andExpect(status().isOk());
		assertThat(jdbc.sql("select count(*) from login_attempt where kind = 'TOKEN' and client = ? and outcome = 'FAILED'")
			.param(address).query(Long.class).single()).isEqualTo(16);
	}

	@Test
	void anAddressIsUnlockedAsTheAdministratorTypesIt() throws Exception {
		String network = "2001:db8:" + Integer.toHexString(SEQUENCE.incrementAndGet()) + ":7::/64";
		jdbc.sql("""
				insert into login_throttle (kind, key, failures, last_failure_at, next_allowed_at, locked_until)
				values ('ADDRESS', ?, 30, now(), now() + interval '15 minutes', now() + interval '15 minutes')""")
			.param(network)
			.update();
		String typed = network.replace("::/64", ":0:0:0:5"); // one host of the network, written out in full
		mvc.perform(post("/api/v1/sign-in/unlock").header("Authorization", "Bearer " + ADMIN_TOKEN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"ADDRESS\",\"key\":\"" + typed + "\"}")).andExpect(status().is2xxSuccessful());
		assertThat(jdbc.sql("select count(*) from login_throttle where kind = 'ADDRESS' and key = ?").param(network)
			.query(Long.class).single()).isZero();
	}

	@Test
	void ipv6ClientsAreCountedByTheirNetwork() {
		assertThat(ClientAddress.key("2001:db8:1:2:aaaa::1")).isEqualTo("2001:db8:1:2::/64");
		assertThat(ClientAddress.key("2001:db8:1:2:bbbb::7")).isEqualTo("2001:db8:1:2::/64");
		assertThat(ClientAddress.key("203.0.113.9")).isEqualTo("203.0.113.9");
		assertThat(ClientAddress.key(null)).isEqualTo("unknown");
	}

	private static String withoutCsrfToken(MvcResult page) throws Exception {
		return page.getResponse().getContentAsString().replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
	}

	/** Posts the sign-in form from a client address; the page the answer redirects to. */
	private String signIn(String username, String password, String address) throws Exception {
		MvcResult result = mvc.perform(post("/login").param("username", username).param("password", password)
			.with(csrf()).with(from(address))).andExpect(status().is3xxRedirection()).andReturn();
		return result.getResponse().getRedirectedUrl();
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private String newAccount() {
		String name = "throttle." + SEQUENCE.incrementAndGet() + "." + System.nanoTime();
		long organization = ((ScopedPrincipal) users.loadUserByUsername("admin")).organizationId();
		actingAs("admin", () -> accounts.open(new Accounts.NewAccount(name, "限流测试", RIGHT,
				new OrganizationId(organization), Set.of(Role.OFFICER)), JurisdictionScope.nationwide()));
		return name;
	}

	private void lock(String name) throws Exception {
		for (int failure = 1; failure <= 10; failure++) {
			signIn(name, "wrong", freshAddress());
			if (failure < 10) {
				passTheWaitOf(name);
			}
		}
	}

	private long accountId(String username) {
		return ((ScopedPrincipal) users.loadUserByUsername(username)).accountId();
	}

	/** A client address no other test uses. */
	private static String freshAddress() {
		int n = SEQUENCE.incrementAndGet();
		return "10." + (n >> 16 & 0xff) + "." + (n >> 8 & 0xff) + "." + (n & 0xff);
	}

	/** Lets the delay of an account name pass (not a lock), as if its seconds had gone by. */
	private void passTheWaitOf(String name) {
		jdbc.sql("""
				update login_throttle set last_failure_at = last_failure_at - (next_allowed_at - now()),
				  next_allowed_at = now() where kind = 'ACCOUNT' and key = ? and next_allowed_at > now()
				  and locked_until is null""")
			.param(name)
			.update();
	}

	private void elapse(String name, Duration duration) {
		shift("ACCOUNT", name, duration);
	}

	private void elapseAddress(String address, Duration duration) {
		shift("ADDRESS", address, duration);
	}

	private void shift(String kind, String key, Duration duration) {
		jdbc.sql("""
				update login_throttle set last_failure_at = last_failure_at - make_interval(secs => ?),
				  next_allowed_at = next_allowed_at - make_interval(secs => ?),
				  locked_until = locked_until - make_interval(secs => ?) where kind = ? and key = ?""")
			.params(duration.toSeconds(), duration.toSeconds(), duration.toSeconds(), kind, key)
			.update();
	}

	private List<String> outcomes(String name) {
		return jdbc.sql("select outcome from login_attempt where username = ? order by id").param(name)
			.query(String.class).list();
	}
}
