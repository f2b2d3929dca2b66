package cn.oneteam.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Set;

import cn.oneteam.IntegrationTest;
import cn.oneteam.identity.Accounts;
import cn.oneteam.identity.Accounts.NewAccount;
import cn.oneteam.identity.Role;
import cn.oneteam.identity.SystemActor;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.JurisdictionScope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo's accounts store one BCrypt hash of the published demo password, made once for all of them
 * (docs/adr/0057-the-scale-path.md, "Start-up"): those opened before ready and those opened in the background sign
 * in with it, and a wrong password still fails.
 */
class DemoAccountsTests extends IntegrationTest {

	/** admin before ready; the others in the background (townships, external supervision, intake, exchange). */
	private static final List<String> DEMO_ACCOUNTS = List.of("admin", "dlh.officer1", "hexi.head",
			DemoExternalSupervision.EXTERNAL, DemoIntake.HOTLINE, DemoExchange.MARKET_SYSTEM);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	Accounts accounts;

	@Autowired
	Organizations organizations;

	@Test
	void theDemoAccountsShareOneHashThatVerifiesTheDemoPassword() {
		List<String> hashes = jdbc.sql("select distinct password_hash from account where username in (:names)")
			.param("names", DEMO_ACCOUNTS).query(String.class).list();
		assertThat(hashes).hasSize(1);
		assertThat(hashes.get(0)).startsWith("$2a$10$");
		assertThat(passwords.matches(DemoData.PASSWORD, hashes.get(0))).isTrue();
		assertThat(passwords.matches("OneTeam@2027", hashes.get(0))).isFalse();
	}

	@Test
	void everyDemoAccountSignsInWithTheDemoPasswordAndNotWithAnother() throws Exception {
		for (String username : DEMO_ACCOUNTS) {
			assertThat(signIn(username, DemoData.PASSWORD)).as(username).endsWith("/");
		}
		assertThat(signIn("hexi.head", "OneTeam@2027")).contains("/login");
	}

	@Test
	void anAccountIsNotOpenedWithTheHashOfAnotherPassword() {
		Accounts.SharedPassword demo = accounts.sharePassword(DemoData.PASSWORD);
		NewAccount other = new NewAccount("shared.mismatch", "共享口令测试", "Another@2026",
				organizations.findByCode("6328-gov").orElseThrow().id(), Set.of(Role.OFFICER));
		assertThatThrownBy(() -> SystemActor.call(() -> accounts.open(other, demo, JurisdictionScope.nationwide())))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(accounts.exists("shared.mismatch")).isFalse();
	}

	/** Posts the sign-in form from an address of its own (no other test's failures count against it). */
	private String signIn(String username, String password) throws Exception {
		return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
			.with(request -> {
				request.setRemoteAddr("198.51.100.57");
				return request;
			})).andReturn().getResponse().getRedirectedUrl();
	}
}
